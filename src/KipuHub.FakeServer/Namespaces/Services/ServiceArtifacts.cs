using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>
/// A version's OpenAPI document and source code: what a seeded version shows until one is uploaded (generated from
/// the version on every read, so the seed stays small and every seeded value stays the same), how an upload is
/// judged, and the build an upload starts.
/// </summary>
internal static partial class ServiceArtifacts
{
    /// <summary>How long a build started by an upload takes on the fake's clock, from the upload to its end.</summary>
    public static readonly TimeSpan BuildDuration = TimeSpan.FromSeconds(30);

    /// <summary>How long such a build waits QUEUED before it is WORKING.</summary>
    public static readonly TimeSpan QueueDuration = TimeSpan.FromSeconds(5);

    public static string ApiSpecOf(ServiceRecord service) => service.Version.ApiSpec ?? GeneratedApiSpec(service);

    public static byte[] SourceArchiveOf(ServiceRecord service) => service.Version.SourceArchive ?? GeneratedArchive(service);

    public static string ArchiveName(ServiceRecord service) => $"{service.Version.Context.Trim('/')}-{service.Version.Label}.zip";

    /// <summary>Null when the bytes are an OpenAPI document (JSON or YAML with a top-level openapi or swagger field), else why not.</summary>
    public static string? ApiSpecProblem(byte[] bytes, out string text)
    {
        text = string.Empty;
        if (bytes.Length == 0)
        {
            return "The api-spec file is empty. Send an OpenAPI document (JSON or YAML) in the multipart part 'file'.";
        }
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return "The api-spec file is not UTF-8 text. Send an OpenAPI document (JSON or YAML).";
        }
        if (text.TrimStart().StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.TryGetProperty("openapi", out var version) || document.RootElement.TryGetProperty("swagger", out version)
                    ? version.ValueKind == JsonValueKind.String ? null : "The api-spec's 'openapi' (or 'swagger') field must be a version string such as \"3.0.3\"."
                    : "The api-spec JSON has no top-level 'openapi' (3.x) or 'swagger' (2.0) field, so it is not an OpenAPI document.";
            }
            catch (JsonException ex)
            {
                return $"The api-spec file is not valid JSON: {ex.Message}";
            }
        }
        return YamlVersionLine().IsMatch(text)
            ? null
            : "The api-spec file is not an OpenAPI document: it needs a top-level 'openapi' (3.x) or 'swagger' (2.0) field, as JSON or YAML.";
    }

    /// <summary>
    /// The build an upload of source code starts: QUEUED now, WORKING <see cref="QueueDuration"/> later, finished
    /// <see cref="BuildDuration"/> after the upload, with SUCCESS
    /// when the archive is a zip with at least one file and FAILURE (saying why) otherwise.
    /// </summary>
    public static BuildRecord BuildFor(byte[] archive, string? fileName, DateTimeOffset now)
    {
        var problem = ArchiveProblem(archive);
        string Line(string text) => $"{now:yyyy-MM-ddTHH:mm:ssZ} {text}";
        return new BuildRecord
        {
            Status = BuildStatus.Queued,
            Step = BuildStep.Init,
            CreatedAt = now,
            LogLines = [Line($"Build queued: source code uploaded ({archive.Length} bytes{(fileName is null ? "" : ", " + fileName)})"), Line("Step 1/4 : unpacking source code")],
            StartsAt = now + QueueDuration,
            FinishesAt = now + BuildDuration,
            Outcome = problem is null ? BuildStatus.Success : BuildStatus.Failure,
            FailureReason = problem,
        };
    }

    private static string? ArchiveProblem(byte[] archive)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(archive, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => !e.FullName.EndsWith('/')) ? null : "the source code archive holds no file";
        }
        catch (InvalidDataException)
        {
            return "the source code is not a zip archive";
        }
    }

    private static string GeneratedApiSpec(ServiceRecord service)
    {
        var version = service.Version;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("openapi", "3.0.3");
            json.WriteStartObject("info");
            json.WriteString("title", service.Name);
            json.WriteString("version", version.Label);
            json.WriteString("description", version.Description);
            json.WriteEndObject();
            json.WriteStartArray("servers");
            json.WriteStartObject();
            json.WriteString("url", version.GatewayEndpoint);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("paths");
            Operation(json, "/", "post", "Starts an execution", "201");
            Operation(json, "/{id}", "get", "Gets the status of an execution", "200");
            Operation(json, "/{id}/result", "get", "Gets the result of a finished execution", "200");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Operation(Utf8JsonWriter json, string path, string method, string summary, string status)
    {
        json.WriteStartObject(path);
        json.WriteStartObject(method);
        json.WriteString("summary", summary);
        json.WriteStartObject("responses");
        json.WriteStartObject(status);
        json.WriteString("description", summary);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static byte[] GeneratedArchive(ServiceRecord service)
    {
        // Fixed entry times make the archive byte-identical for the same seed.
        var time = service.Version.CreatedAt;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = time;
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
            Add("README.md", $"# {service.Name}\n\n{service.Version.Description}\n");
            Add("requirements.txt", "numpy\nqiskit\n");
            Add("src/__init__.py", string.Empty);
            Add("src/program.py", $"def run(data: dict | None = None, params: dict | None = None) -> dict:\n    \"\"\"{service.Name} {service.Version.Label}.\"\"\"\n    return {{\"result\": data or {{}}}}\n");
        }
        return buffer.ToArray();
    }

    [GeneratedRegex(@"^(openapi|swagger)\s*:\s*\S", RegexOptions.Multiline)]
    private static partial Regex YamlVersionLine();
}
