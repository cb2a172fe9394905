namespace KipuHub.Tests.Shared;

/// <summary>
/// The golden wire documents: one JSON file per document under tests/Golden/{namespace}/, named after the model type
/// of KipuHub.Models it is read as; a suffix after '-' tells variants of one type apart (ServiceDefinition-managed).
/// They are written by hand from docs/contract.md#wire-models, never generated from the models. A namespace adds its
/// own files; nothing lists them, and a model without one fails the golden-document tests by itself.
/// </summary>
internal static class GoldenFiles
{
    private static readonly Lazy<IReadOnlyDictionary<string, (Type Type, string Json)>> s_all = new(Load);

    /// <summary>Every golden document by name (the file name without .json), with the model type it is read as.</summary>
    public static IReadOnlyDictionary<string, (Type Type, string Json)> All => s_all.Value;

    /// <summary>One golden document's text.</summary>
    public static string Json(string name) => All.TryGetValue(name, out var golden)
        ? golden.Json
        : throw new KeyNotFoundException($"No golden document '{name}'. Known: {string.Join(", ", All.Keys.Order(StringComparer.Ordinal))}.");

    private static Dictionary<string, (Type, string)> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden");
        var models = typeof(HubPlatformClient).Assembly;
        var all = new Dictionary<string, (Type, string)>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var typeName = name.Split('-')[0];
            var type = models.GetType("KipuHub.Models." + typeName)
                ?? throw new InvalidOperationException($"Golden document {file} is named after '{typeName}', which is not a type of KipuHub.Models.");
            if (!all.TryAdd(name, (type, File.ReadAllText(file))))
            {
                throw new InvalidOperationException($"Two golden documents are named '{name}'; names are unique across namespaces.");
            }
        }
        return all;
    }
}
