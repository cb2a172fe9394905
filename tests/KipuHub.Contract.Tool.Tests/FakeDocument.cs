using System.Text.Json.Nodes;
using KipuHub.Contract.Tool.Diff;
using KipuHub.Contract.Tool.Reading;
using KipuHub.FakeServer;

namespace KipuHub.Contract.Tool.Tests;

/// <summary>The fake's OpenAPI document, fetched once from an in-process fake, and helpers to run the checker on it.</summary>
internal static class FakeDocument
{
    private static readonly Lazy<Task<string>> s_text = new(FetchAsync);

    public static Task<string> TextAsync() => s_text.Value;

    public static async Task<JsonNode> NodeAsync() => JsonNode.Parse(await TextAsync())!;

    private static async Task<string> FetchAsync()
    {
        await using var fake = await FakeHubServer.StartAsync();
        using var http = new HttpClient();
        // The document is served at the host's root, beside /qc-catalog.
        return await http.GetStringAsync(new Uri(fake.BaseUrl, "/openapi/v1.json"));
    }

    public static DriftResult Diff(string text, string? format = null) =>
        DriftChecker.Compare(DocumentLoader.Parse(text, "test document", format).Document);

    /// <summary>Runs the command on a document written to a temp file: its exit code, standard output and error.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string text, string extension = ".json", params string[] flags)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kipuhub-contract-{Guid.NewGuid():N}{extension}");
        await File.WriteAllTextAsync(path, text);
        try
        {
            return await RunArgsAsync(["diff", path, .. flags]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<(int Exit, string Output, string Error)> RunArgsAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DriftCommand.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
