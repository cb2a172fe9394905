using System.Reflection;
using System.Text;
using System.Text.Json;
using KipuHub.Contract;

namespace KipuHub.IntegrationTests;

/// <summary>
/// docs/api-coverage.md is generated from the catalog, the fluent methods and the fake's OpenAPI document.
/// Set KIPUHUB_UPDATE_DOCS=1 to rewrite it; otherwise any difference fails the test.
/// </summary>
public sealed class CoverageDocumentTests : FakeHubTest
{
    private static readonly Dictionary<HubEvidence, string> s_evidence = new()
    {
        [HubEvidence.Current] = "current",
        [HubEvidence.Legacy2024] = "legacy-2024",
        [HubEvidence.Modelled] = "modelled",
    };

    [Fact]
    public async Task ApiCoverageDocument_MatchesTheCatalog()
    {
        var expected = Render(await FakeRoutes());
        var path = Path.Combine(RepositoryRoot(), "docs", "api-coverage.md");

        if (Environment.GetEnvironmentVariable("KIPUHUB_UPDATE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(path, expected);
        }

        File.Exists(path).Should().BeTrue($"{path} must exist; run the tests with KIPUHUB_UPDATE_DOCS=1 to write it");
        (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n").Should().Be(expected,
            "docs/api-coverage.md must list exactly what the catalog declares; regenerate it with KIPUHUB_UPDATE_DOCS=1");
    }

    private async Task<HashSet<string>> FakeRoutes()
    {
        using var http = new HttpClient();
        var root = new Uri(Fake.BaseUrl.GetLeftPart(UriPartial.Authority));
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(root, "/openapi/v1.json")));
        return [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))];
    }

    private static string Render(HashSet<string> fakeRoutes)
    {
        var methods = typeof(HubPlatformClient).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.IsDefined(typeof(HubOperationAttribute)))
            .ToLookup(m => m.GetCustomAttribute<HubOperationAttribute>()!.EndpointId, m => $"`{m.DeclaringType!.Name}.{m.Name}`");

        var text = new StringBuilder()
            .Append("# API coverage\n\n")
            .Append("Every endpoint of the qc-catalog API that KipuHub knows, as declared in `HubCatalog`\n")
            .Append("(one file per namespace in src/KipuHub.Fluent/Contract/Catalog). This file is generated: `CoverageDocumentTests` fails when it\n")
            .Append("differs from the catalog. To regenerate it, run\n`KIPUHUB_UPDATE_DOCS=1 dotnet test tests/KipuHub.IntegrationTests`.\n\n")
            .Append("Evidence levels ([contract.md](contract.md#evidence-levels-and-precedence)): **current** = seen in the current SDKs or current callers of the live API;\n")
            .Append("**legacy-2024** = known only from the 2024 OpenAPI client; **modelled** = no evidence, designed by KipuHub.\n")
            .Append("Scope **org** = honours `X-OrganizationId`; **global** = ignores it. *Fake* = served by KipuHub.FakeServer.\n\n");

        var counts = HubCatalog.All.GroupBy(e => e.Evidence).OrderBy(g => g.Key).Select(g => $"{g.Count()} {s_evidence[g.Key]}");
        var aliases = HubCatalog.All.Count(e => e.IsAlias);
        text.Append($"{HubCatalog.All.Count} endpoints: {string.Join(", ", counts)}")
            .Append(aliases == 0 ? ".\n\n" : $"; {aliases} of them are the 2024 paths of other endpoints (aliases: served by the fake, deprecated, not called by the client).\n\n");

        foreach (var group in HubCatalog.All.GroupBy(e => e.Namespace))
        {
            text.Append($"## {group.Key}\n\n")
                .Append("| Endpoint | Method | Path | Scope | Result | Evidence | Client method | Fake |\n")
                .Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var endpoint in group)
            {
                var result = endpoint.Shape switch
                {
                    HubResultShape.Page => $"page of {endpoint.ResultType!.Name}",
                    HubResultShape.Array => $"{endpoint.ResultType!.Name}[]",
                    HubResultShape.Single => endpoint.ResultType!.Name,
                    var shape => shape.ToString().ToLowerInvariant(),
                };
                // An alias has no method of its own: the client calls the operation it is the older path of.
                var client = endpoint.IsAlias
                    ? $"2024 path of {endpoint.AliasOf} (deprecated)"
                    : string.Join(", ", methods[endpoint.Id].Distinct().Order(StringComparer.Ordinal));
                var fake = fakeRoutes.Contains($"{endpoint.Method.Method} /qc-catalog{endpoint.PathTemplate}") ? "yes" : "no";
                var scope = endpoint.Scope == HubScope.Organization ? "org" : "global";
                text.Append($"| {endpoint.Id} | {endpoint.Method.Method} | `{endpoint.PathTemplate}` | {scope} | {result} | {s_evidence[endpoint.Evidence]} | {client} | {fake} |\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KipuHub.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"KipuHub.sln not found above {AppContext.BaseDirectory}.");
    }
}
