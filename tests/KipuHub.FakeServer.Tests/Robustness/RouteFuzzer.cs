using CsCheck;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// Generates requests for any catalog endpoint from its catalog entry alone: path values, query parameters, headers and
/// a body of the kind it declares. Ids come from the seed (often coherent, so requests get past the not-found checks
/// and reach the body and domain rules), tokens and organizations from the seeded principals, bodies from the golden
/// document of the request type. A new endpoint is fuzzed without a line of test code.
/// </summary>
internal sealed class RouteFuzzer
{
    private readonly Gen<string?> _token;
    private readonly Gen<string?> _organization;
    private readonly Gen<string[]> _ids;
    private readonly Gen<string> _anyId;
    private readonly OwnedRow[] _owned;
    private readonly Dictionary<string, (string Token, PermissionRole Role)[]> _members;
    private readonly HashSet<string> _organizations;

    public RouteFuzzer(FakeHubServer hub)
    {
        var seed = hub.SeedInfo;
        _token = Gen.Frequency<string?>(
            (8, Gen.OneOf<string?>([.. seed.Principals.Select(p => p.Token)])),
            (1, Gen.Const<string?>((string?)null)),
            (1, FuzzInputs.HeaderText.Select(t => (string?)t)));
        _organization = Gen.Frequency<string?>(
            (3, Gen.Const<string?>((string?)null)),
            (5, Gen.OneOf<string?>([.. seed.Organizations.Select(o => o.Id)])),
            (1, FuzzInputs.HeaderText.Select(t => (string?)t)));
        var state = hub.Store.SeedState;
        var rows = IdsOfRows(state).ToArray();
        _ids = Gen.OneOf(rows);
        // Listing ids are not ids of their rows (a service's listing), so they go to the pool only.
        var listings = state.Tables.SelectMany(t => t.UntypedRows).Select(r => r.GetType().GetProperty("ListingId")?.GetValue(r)).OfType<string>();
        _anyId = Gen.OneOf([.. rows.SelectMany(r => r).Concat(listings).Distinct()]);
        _owned = [.. state.Tables.Where(t => t.Def.IsTenantOwned).SelectMany(t => t.UntypedRows.Select(row => new OwnedRow(
            FirstSegment(t.Def.ListEndpoint?.PathTemplate), [.. IdsIn(row)], t.Def.TenantOf(row, state)!)))];
        var tokens = seed.Principals.ToDictionary(p => p.UserId, p => p.Token);
        _members = seed.Organizations.ToDictionary(o => o.Id, o => o.Members.Select(m => (m.Token, m.Role)).ToArray());
        _organizations = [.. seed.Organizations.Select(o => o.Id)];
        foreach (var principal in seed.Principals)
        {
            _members[principal.UserId] = [(tokens[principal.UserId], PermissionRole.Owner)];
        }
    }

    /// <summary>
    /// Requests for one endpoint: half of them at random, half aimed at a seeded row the caller may see (the row's
    /// ids in the path, a member of its tenant as the caller), so that they reach the body and domain rules.
    /// </summary>
    public Gen<FuzzRequest> For(HubEndpoint endpoint)
    {
        var random = Gen.Select(PathValues(endpoint), Query(endpoint), _token, _organization, Body(endpoint),
            (path, query, token, organization, body) => new FuzzRequest(endpoint, path, query, token, organization, body));
        var aimed = Gen.Select(Aimed(endpoint), Query(endpoint), Body(endpoint),
            (target, query, body) => new FuzzRequest(endpoint, target.Path, query, target.Token, target.Organization, body));
        return Gen.Frequency((1, random), (1, aimed));
    }

    /// <summary>A seeded row, preferring tables listed under the endpoint's first path segment, and a member of its tenant.</summary>
    private Gen<(IReadOnlyList<string> Path, string? Token, string? Organization)> Aimed(HubEndpoint endpoint)
    {
        var count = endpoint.PathParameters.Count;
        var fitting = _owned.Where(r => r.Ids.Length >= count).ToArray();
        var near = fitting.Where(r => r.FirstSegment == FirstSegment(endpoint.PathTemplate)).ToArray();
        var rows = near.Length > 0 ? Gen.Frequency((3, Gen.OneOf(near)), (1, Gen.OneOf(fitting))) : Gen.OneOf(fitting);
        return rows.SelectMany(row => Gen.OneOf(_members[row.TenantId]).Select(member =>
            ((IReadOnlyList<string>)row.Ids[..count], (string?)member.Token, _organizations.Contains(row.TenantId) ? row.TenantId : null)));
    }

    /// <summary>A seeded row of a tenant-owned table: the segment its list lives under, its ids in order, its tenant.</summary>
    private sealed record OwnedRow(string FirstSegment, string[] Ids, string TenantId);

    private static string FirstSegment(string? path) =>
        path?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => s is not "v2" and not "v3") ?? "";

    /// <summary>Half the time the ids of one seeded row in order (a service and its version), else any id or any text.</summary>
    private Gen<IReadOnlyList<string>> PathValues(HubEndpoint endpoint)
    {
        var count = endpoint.PathParameters.Count;
        if (count == 0)
        {
            return Gen.Const<IReadOnlyList<string>>([]);
        }
        // Kestrel itself answers a NUL in the path with a bare 400, before any middleware runs: path values hold none.
        var one = Gen.Frequency((5, _anyId), (2, FuzzInputs.Text.Where(t => !t.Contains('\0'))), (1, Gen.Guid.Select(g => g.ToString())));
        var coherent = _ids.Where(ids => ids.Length >= count).Select(ids => (IReadOnlyList<string>)ids[..count]);
        var mixed = one.Array[count, count].Select(values => (IReadOnlyList<string>)values);
        return Gen.Frequency((1, coherent), (1, mixed));
    }

    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> Query(HubEndpoint endpoint)
    {
        var parameter = Gen.Frequency(
            (6, Gen.OneOf([.. endpoint.QueryParameters.DefaultIfEmpty("page")]).SelectMany(name => Value(endpoint, name).Select(value => KeyValuePair.Create(name, value)))),
            (1, Gen.Select(FuzzInputs.Text, FuzzInputs.Text, KeyValuePair.Create)));
        return parameter.Array[0, 4].Select(pairs => (IReadOnlyList<KeyValuePair<string, string>>)pairs);
    }

    /// <summary>A value for a declared parameter: mostly one the endpoint could accept, sometimes not.</summary>
    private static Gen<string> Value(HubEndpoint endpoint, string name)
    {
        Gen<string> plausible = name switch
        {
            "page" or "size" => Gen.Int[-3, 2_500].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "sort" => Gen.Select(Gen.OneOf([.. endpoint.Sorts.Select(s => s.QueryName).DefaultIfEmpty("name")]), Gen.OneOf(",asc", ",desc", "", ",DESC", ",up"), (p, d) => p + d),
            _ => Gen.OneOf("PUBLISHED", "CREATED", "ACCESSIBLE", "a", "Portfolio", "data.csv"),
        };
        return Gen.Frequency((3, plausible), (1, FuzzInputs.Text));
    }

    private Gen<FuzzBody?> Body(HubEndpoint endpoint) => endpoint.Body switch
    {
        HubBodyKind.Json => Gen.Frequency(
            (9, FuzzInputs.MutatedJson(Golden(endpoint.RequestType!), _anyId).Select(b => (FuzzBody?)b)),
            (1, FuzzUploads.Body.Select(b => (FuzzBody?)b))),
        HubBodyKind.Multipart => Gen.Frequency(
            (9, FuzzUploads.Body.Select(b => (FuzzBody?)b)),
            (1, FuzzInputs.BrokenJson.Select(b => (FuzzBody?)b))),
        _ => Gen.Frequency((9, Gen.Const<FuzzBody?>((FuzzBody?)null)), (1, FuzzInputs.BrokenJson.Select(b => (FuzzBody?)b))),
    };

    /// <summary>The valid document a JSON body is mutated from: the request type's golden document.</summary>
    private static string Golden(Type requestType) =>
        GoldenFiles.All.Values.Where(g => g.Type == requestType).Select(g => g.Json).FirstOrDefault()
            ?? throw new InvalidOperationException($"{requestType.Name} has no golden document under tests/Golden, so its endpoint cannot be fuzzed.");

    /// <summary>For every seeded row of every table, the ids it holds in order: its own, then those inside it (a service's version, a pool's files).</summary>
    private static IEnumerable<string[]> IdsOfRows(StoreState seed) =>
        seed.Tables.SelectMany(table => table.UntypedRows).Select(row => IdsIn(row).ToArray()).Where(ids => ids.Length > 0);

    private static IEnumerable<string> IdsIn(object? value, int depth = 0)
    {
        if (value is null or string || depth > 4)
        {
            yield break;
        }
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                foreach (var id in IdsIn(item, depth + 1))
                {
                    yield return id;
                }
            }
            yield break;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("KipuHub", StringComparison.Ordinal) != true)
        {
            yield break;
        }
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            var inner = property.GetValue(value);
            if (inner is string text && property.Name is "Id" or "Uuid")
            {
                yield return text;
            }
            else if (inner is not string)
            {
                foreach (var id in IdsIn(inner, depth + 1))
                {
                    yield return id;
                }
            }
        }
    }
}
