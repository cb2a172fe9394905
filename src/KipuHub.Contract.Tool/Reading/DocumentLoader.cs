using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace KipuHub.Contract.Tool.Reading;

/// <summary>A document read: the model, where it came from, and what the reader warned about.</summary>
internal sealed record LoadedDocument(OpenApiDocument Document, string Source, string Version, IReadOnlyList<string> Warnings);

/// <summary>Reads an OpenAPI 3.0 or 3.1 document (JSON or YAML) from a file or an http(s) URL with Microsoft.OpenApi.</summary>
internal static class DocumentLoader
{
    public const string Accepted = "an OpenAPI 3.0 or 3.1 document, as JSON (.json) or YAML (.yaml, .yml), from a file path or an http(s) URL";

    public static async Task<LoadedDocument> LoadAsync(string source, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        var (text, formatHint) = await ReadTextAsync(source, http, cancellationToken);
        return Parse(text, source, formatHint);
    }

    /// <summary>Parses a document's text; <paramref name="formatHint"/> is json, yaml or <see langword="null"/> to sniff it.</summary>
    public static LoadedDocument Parse(string text, string source, string? formatHint = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{source} is empty; expected {Accepted}.");
        }
        var format = formatHint ?? (text.TrimStart().StartsWith('{') ? OpenApiConstants.Json : OpenApiConstants.Yaml);
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        ReadResult result;
        try
        {
            result = OpenApiDocument.Parse(text, format, settings);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InputException($"{source} could not be read as {format.ToUpperInvariant()} ({e.Message}); expected {Accepted}.", e);
        }
        var errors = result.Diagnostic?.Errors.Select(e => e.ToString()).ToList() ?? [];
        if (result.Document is not { } document || document.Paths is null || document.Paths.Count == 0)
        {
            var why = errors.Count > 0 ? string.Join("; ", errors.Take(5)) : "it has no paths";
            throw new InputException($"{source} is not a usable OpenAPI document ({why}); expected {Accepted}.");
        }
        var version = result.Diagnostic?.SpecificationVersion switch
        {
            OpenApiSpecVersion.OpenApi2_0 => "2.0",
            OpenApiSpecVersion.OpenApi3_0 => "3.0",
            OpenApiSpecVersion.OpenApi3_1 => "3.1",
            { } other => other.ToString(),
            null => "unknown",
        };
        if (version == "2.0")
        {
            throw new InputException($"{source} is a Swagger 2.0 document; expected {Accepted}.");
        }
        return new LoadedDocument(document, source, version, errors);
    }

    private static async Task<(string Text, string? Format)> ReadTextAsync(string source, HttpClient? http, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var owned = http is null;
            http ??= new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            try
            {
                using var response = await http.GetAsync(uri, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InputException($"GET {uri} answered {(int)response.StatusCode} {response.ReasonPhrase}; expected {Accepted}.");
                }
                var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
                var format = mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) ? OpenApiConstants.Json
                    : mediaType.Contains("yaml", StringComparison.OrdinalIgnoreCase) ? OpenApiConstants.Yaml
                    : FormatOf(uri.AbsolutePath);
                return (await response.Content.ReadAsStringAsync(cancellationToken), format);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new InputException($"GET {uri} failed: {e.Message}", e);
            }
            finally
            {
                if (owned)
                {
                    http.Dispose();
                }
            }
        }
        if (!File.Exists(source))
        {
            throw new InputException(Directory.Exists(source)
                ? $"{source} is a directory; expected {Accepted}."
                : $"{source} does not exist; expected {Accepted}.");
        }
        try
        {
            return (await File.ReadAllTextAsync(source, cancellationToken), FormatOf(source));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{source} could not be read: {e.Message}", e);
        }
    }

    private static string? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => OpenApiConstants.Json,
        ".yaml" or ".yml" => OpenApiConstants.Yaml,
        _ => null,
    };
}
