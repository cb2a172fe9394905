using NSwag;
using NSwag.CodeGeneration.CSharp;

// NSwagGenerator <openapi.json> <output.cs>: the C# client a team would generate with NSwag, with its usual
// settings for System.Text.Json and an injected HttpClient whose BaseAddress is the API root.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: NSwagGenerator <openapi.json> <output.cs>");
    return 2;
}
var document = await OpenApiDocument.FromFileAsync(args[0]);
var settings = new CSharpClientGeneratorSettings
{
    ClassName = "NSwagHubClient",
    UseBaseUrl = false,
    GenerateClientInterfaces = false,
    CSharpGeneratorSettings =
    {
        Namespace = "KipuHub.Peers.NSwag",
        JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson,
    },
};
var code = new CSharpClientGenerator(document, settings).GenerateFile();
await File.WriteAllTextAsync(args[1], code);
Console.WriteLine($"NSwag {typeof(OpenApiDocument).Assembly.GetName().Version}: {args[1]} ({code.Length:N0} characters)");
return 0;
