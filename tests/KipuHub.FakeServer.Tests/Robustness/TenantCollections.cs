using System.Text.Json;
using System.Text.Json.Nodes;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// A collection a tenant owns, as the catalog shows it: a list at a path without parameters, a create there with a JSON
/// body, and a get and a delete at the same path plus <c>/{id}</c>. Found in the catalog, so every namespace of that
/// shape joins the model-based tests on the day it is declared.
/// </summary>
internal sealed record TenantCollection(HubEndpoint List, HubEndpoint Create, HubEndpoint Get, HubEndpoint Delete, string ValidBody)
{
    public string Name => List.Namespace;

    public static IReadOnlyList<TenantCollection> All { get; } = [.. Find()];

    private static long s_creates;

    public override string ToString() => Name;

    /// <summary>The collection of that namespace.</summary>
    public static TenantCollection Named(string name) => All.Single(c => c.Name == name);

    /// <summary>
    /// Sends one operation as a plain client would: creates with the namespace's golden request body, lists as one
    /// page of the largest size when the list is paged. Answers the status and the body.
    /// </summary>
    /// <param name="label">For a create: the value of the body's first string property (its name or title), so that
    /// lists can tell rows made by different writers apart even where the deterministic ids repeat after a restore;
    /// without one, the golden value numbered, so no two creates share a label.</param>
    public async Task<(int Status, string Body)> SendAsync(HttpClient http, TenancyAction action, string token, string? organization,
        string id = "", string? label = null)
    {
        // Every create gets a label of its own, so that a collection whose names are unique in a tenant (git
        // integrations) takes repeated creates as any other collection does.
        label ??= $"{JsonNode.Parse(ValidBody)![LabelProperty]!.GetValue<string>()} #{Interlocked.Increment(ref s_creates)}";
        var endpoint = Endpoint(action);
        var content = action == TenancyAction.Create ? HubHttp.Json(Labelled(label)) : null;
        var path = endpoint.PathTemplate.TrimStart('/').Replace("{id}", id, StringComparison.Ordinal);
        if (action == TenancyAction.List && endpoint.Shape == HubResultShape.Page)
        {
            path += $"?page=0&size={endpoint.MaxPageSize}";
        }
        using var response = await http.SendAsync(endpoint.Method, path, token, organization, content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The catalog endpoint an action is sent to.</summary>
    public HubEndpoint Endpoint(TenancyAction action) => action switch
    {
        TenancyAction.Create => Create,
        TenancyAction.Get => Get,
        TenancyAction.Delete => Delete,
        _ => List,
    };

    /// <summary>The ids of a list answer, in the order listed.</summary>
    public List<string> IdsOf(string listBody)
    {
        var root = JsonDocument.Parse(listBody).RootElement;
        var items = List.Shape == HubResultShape.Page ? root.GetProperty("content") : root;
        return [.. items.EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
    }

    /// <summary>The first string property of the create body, which its rows answer too: their name or title.</summary>
    public string LabelProperty => JsonNode.Parse(ValidBody)!.AsObject().First(p => p.Value?.GetValueKind() == JsonValueKind.String).Key;

    /// <summary>The rows of a list answer as (id, label) pairs, in the order listed.</summary>
    public List<(string Id, string? Label)> LabelledRowsOf(string listBody)
    {
        var root = JsonDocument.Parse(listBody).RootElement;
        var items = List.Shape == HubResultShape.Page ? root.GetProperty("content") : root;
        return [.. items.EnumerateArray().Select(item => (item.GetProperty("id").GetString()!, item.GetProperty(LabelProperty).GetString()))];
    }

    private string Labelled(string label)
    {
        var body = JsonNode.Parse(ValidBody)!.AsObject();
        body[LabelProperty] = label;
        return body.ToJsonString();
    }

    /// <summary>The id of a create or get answer.</summary>
    public static string IdOf(string body) => JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;

    /// <summary>
    /// Whether the create body names a row of another collection (a top-level <c>...Id</c> field, as a job names the
    /// service version it runs). The model's fresh accounts hold no such row, so such a create cannot succeed there:
    /// that collection is tested by its own namespace's tests instead.
    /// </summary>
    private static bool NamesAnotherRow(string body) =>
        JsonNode.Parse(body)!.AsObject().Any(p => p.Key.EndsWith("Id", StringComparison.Ordinal) && p.Value?.GetValueKind() == JsonValueKind.String);

    /// <summary>
    /// Whether rows of the collection can be published to every tenant (a <c>visibility</c> field in the create body, as
    /// algorithms have): its lists then show other tenants' public rows beside the tenant's own, which the model does not
    /// hold, so that collection is tested by its own namespace's tests instead.
    /// </summary>
    private static bool IsPublishable(string body) => JsonNode.Parse(body)!.AsObject().ContainsKey("visibility");

    private static IEnumerable<TenantCollection> Find()
    {
        foreach (var list in HubCatalog.All.Where(e => e.Method == HttpMethod.Get && e.PathParameters.Count == 0 && e.Scope == HubScope.Organization
            && e.Shape is HubResultShape.Page or HubResultShape.Array))
        {
            var create = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Post && e.PathTemplate == list.PathTemplate && e.Body == HubBodyKind.Json);
            var item = list.PathTemplate + "/{id}";
            var get = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Get && e.PathTemplate == item);
            var delete = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Delete && e.PathTemplate == item);
            if (create is not null && get is not null && delete is not null
                && GoldenFiles.All.Values.FirstOrDefault(g => g.Type == create.RequestType).Json is { } body
                && !NamesAnotherRow(body) && !IsPublishable(body))
            {
                yield return new TenantCollection(list, create, get, delete, body);
            }
        }
    }
}
