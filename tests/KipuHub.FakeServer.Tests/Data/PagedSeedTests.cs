using System.Text.Json;
using KipuHub.Contract;

namespace KipuHub.FakeServer.Tests.Data;

/// <summary>
/// Every paged list of the contract can be paged through in the default data set: for the demo user in the demo
/// organization, some instance of it (a list without path parameters, or the list under some parent the demo user
/// sees) holds more than 25 items, so a page of 20 or 25 leaves a second one. New paged endpoints are held to it from
/// their first day, because the lists come from the catalog.
/// </summary>
public sealed class PagedSeedTests : FakeHubTest
{
    private const int AtLeast = 26;

    /// <summary>
    /// Lists whose length the seed's structure caps: a resource is shared with, or opened to, each of the five other
    /// seeded accounts at most once, a user is in three organizations at most, and there is one token per provider, so
    /// no seeded instance can pass a page.
    /// </summary>
    private static readonly Dictionary<string, string> s_cappedByTenants = new(StringComparer.Ordinal)
    {
        ["/algorithms/{id}/members"] = "one member entry per account",
        ["/datapools/{id}/shares"] = "one share per target account",
        ["/organizations"] = "the demo user's organizations: two",
        ["/organizations/{id}/provider-tokens"] = "one token per quantum provider",
        ["/services/{id}/shares"] = "one share per target account",
        ["/users/me/invitations"] = "one pending invitation per organization the user is not in",
        ["/users/me/provider-tokens"] = "one token per quantum provider",
    };

    public static TheoryData<string> PagedLists() =>
        [.. HubCatalog.All.Where(e => e is { Shape: HubResultShape.Page, IsAlias: false } && e.Method == HttpMethod.Get)
            .Select(e => e.PathTemplate).Where(p => !s_cappedByTenants.ContainsKey(p)).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PagedLists))]
    public async Task Some_instance_of_the_list_holds_more_than_a_page(string template)
    {
        var largest = 0;
        var largestPath = template;
        foreach (var path in await InstancesAsync(template))
        {
            // An instance the demo user's role there does not let it read (an OWNER-only list in an organization where
            // it is VIEWER) is not one it could page through.
            using var document = await PageAsync(path, 0, 1, skipForbidden: true);
            if (document is null)
            {
                continue;
            }
            var total = document.RootElement.GetProperty("totalElements").GetInt32();
            if (total > largest)
            {
                (largest, largestPath) = (total, path);
            }
        }

        largest.Should().BeGreaterThanOrEqualTo(AtLeast,
            "the demo organization's largest {0} list ({1}) must be longer than a page of 25", template, largestPath);
    }

    [Fact]
    public void Every_capped_list_is_a_paged_list_of_the_contract()
    {
        var paged = HubCatalog.All.Where(e => e.Shape == HubResultShape.Page).Select(e => e.PathTemplate).ToHashSet(StringComparer.Ordinal);

        s_cappedByTenants.Keys.Should().OnlyContain(template => paged.Contains(template), "an exemption must name a paged list the contract still has");
    }

    /// <summary>
    /// The concrete paths of a template: each path parameter filled, in turn, with every id the list before it answers
    /// (itself a list of the contract), so nested lists are found under every parent.
    /// </summary>
    private async Task<List<string>> InstancesAsync(string template)
    {
        List<(string Path, string Template)> prefixes = [("", "")];
        foreach (var segment in template.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = new List<(string Path, string Template)>();
            foreach (var (path, prefix) in prefixes)
            {
                if (!segment.StartsWith('{'))
                {
                    next.Add((path + "/" + segment, prefix + "/" + segment));
                    continue;
                }
                foreach (var id in await IdsAsync(prefix, path))
                {
                    next.Add((path + "/" + id, prefix + "/" + segment));
                }
            }
            prefixes = next;
        }
        return [.. prefixes.Select(p => p.Path)];
    }

    private async Task<List<string>> IdsAsync(string parentTemplate, string parentPath)
    {
        var list = HubCatalog.All.SingleOrDefault(e => e.Method == HttpMethod.Get && !e.IsAlias && e.PathTemplate == parentTemplate);
        list.Should().NotBeNull("the parent of a nested list, {0}, is a list of the contract", parentTemplate);
        var ids = new List<string>();
        if (list!.Shape == HubResultShape.Page)
        {
            for (var page = 0; ; page++)
            {
                using var document = (await PageAsync(parentPath, page, list.MaxPageSize))!;
                ids.AddRange(document.RootElement.GetProperty("content").EnumerateArray().Select(Id));
                if (page + 1 >= document.RootElement.GetProperty("totalPages").GetInt32())
                {
                    return ids;
                }
            }
        }
        using var response = await Http.FetchAsync(parentPath.TrimStart('/'), Hub.DemoOrganizationId);
        using var array = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        ids.AddRange(array.RootElement.EnumerateArray().Select(Id));
        return ids;
    }

    private async Task<JsonDocument?> PageAsync(string path, int page, int size, bool skipForbidden = false)
    {
        using var response = await Http.FetchAsync($"{path.TrimStart('/')}?page={page}&size={size}", Hub.DemoOrganizationId);
        var body = await response.Content.ReadAsStringAsync();
        if (skipForbidden && response.StatusCode == HttpStatusCode.Forbidden)
        {
            return null;
        }
        response.StatusCode.Should().Be(HttpStatusCode.OK, "GET {0} answered {1}", path, body);
        return JsonDocument.Parse(body);
    }

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;
}
