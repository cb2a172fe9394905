using System.Reflection;
using System.Text;

namespace KipuHub.Contract;

/// <summary>One endpoint of the qc-catalog API, as declared in <see cref="HubCatalog"/>.</summary>
public sealed class HubEndpoint
{
    private readonly string[] _pathSegments;

    internal HubEndpoint(PropertyInfo declaration)
    {
        var endpoint = declaration.GetCustomAttribute<HubEndpointAttribute>()
            ?? throw new InvalidOperationException($"HubCatalog.{declaration.Name} has no [HubEndpoint].");
        Id = declaration.Name;
        Namespace = endpoint.Namespace;
        Method = new HttpMethod(endpoint.Method);
        PathTemplate = endpoint.Path;
        Shape = endpoint.Shape;
        ResultType = endpoint.Result;
        RequestType = endpoint.Request;
        Body = endpoint.Body == HubBodyKind.None && endpoint.Request is not null ? HubBodyKind.Json : endpoint.Body;
        Scope = endpoint.Scope;
        Evidence = endpoint.Evidence;
        DefaultPageSize = endpoint.DefaultPageSize;
        MaxPageSize = endpoint.MaxPageSize;
        Summary = endpoint.Summary;
        RevealsSecrets = endpoint.RevealsSecrets;
        AliasOf = endpoint.AliasOf;
        ConflictsWhen = endpoint.ConflictsWhen;
        OrganizationParameter = endpoint.OrganizationParameter;
        MinimumRole = RoleFor(endpoint.MinimumRole, endpoint.Method);
        Filters = [.. declaration.GetCustomAttributes<HubFilterAttribute>().Select(f => new HubFilter(f.Member, f.QueryName, f.Kind))];
        Sorts = [.. declaration.GetCustomAttributes<HubSortAttribute>().Select(s => new HubSort(s.Member, s.QueryName))];
        _pathSegments = PathTemplate.Split('/');
        PathParameters = [.. _pathSegments.Where(IsParameter).Select(s => s[1..^1])];

        var query = new List<string>();
        if (Shape == HubResultShape.Page)
        {
            query.AddRange(["page", "size"]);
        }
        if (Sorts.Count > 0)
        {
            query.Add("sort");
        }
        query.AddRange(Filters.Select(f => f.QueryName));
        query.AddRange(declaration.GetCustomAttributes<HubQueryParameterAttribute>().Select(q => q.Name));
        QueryParameters = query;
        SecretQueryParameters = [.. declaration.GetCustomAttributes<HubQueryParameterAttribute>().Where(q => q.Secret).Select(q => q.Name)];
        Parts = Body == HubBodyKind.Multipart
            ? [.. (endpoint.Parts ?? ["file"]).Select((p, i) => new HubPart(p.TrimEnd('?'), i == 0 || !p.EndsWith('?')))]
            : [];
        Validate();
    }

    /// <summary>The catalog name of the endpoint, for example <c>ServicesList</c>.</summary>
    public string Id { get; }

    /// <summary>The HubPlatformClient namespace, in snake_case.</summary>
    public string Namespace { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path template relative to the base URL, for example <c>/services/{id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The names of the path parameters, in order.</summary>
    public IReadOnlyList<string> PathParameters { get; }

    /// <summary>Every query parameter the endpoint accepts.</summary>
    public IReadOnlyList<string> QueryParameters { get; }

    /// <summary>The query parameters whose values are secrets: never recorded.</summary>
    public IReadOnlyList<string> SecretQueryParameters { get; }

    /// <summary>The parts of a multipart body, the first one required; empty for any other body.</summary>
    public IReadOnlyList<HubPart> Parts { get; }

    /// <summary>The shape of the success body.</summary>
    public HubResultShape Shape { get; }

    /// <summary>The item type of the result, or <see langword="null"/> when there is no JSON result.</summary>
    public Type? ResultType { get; }

    /// <summary>The JSON request body type, or <see langword="null"/>.</summary>
    public Type? RequestType { get; }

    /// <summary>How the request body is sent.</summary>
    public HubBodyKind Body { get; }

    /// <summary>Whether the endpoint honours <c>X-OrganizationId</c>.</summary>
    public HubScope Scope { get; }

    /// <summary>The evidence behind the endpoint.</summary>
    public HubEvidence Evidence { get; }

    /// <summary>The page size used when a paged request names none.</summary>
    public int DefaultPageSize { get; }

    /// <summary>The largest page size honoured; larger sizes are clamped.</summary>
    public int MaxPageSize { get; }

    /// <summary>The members <c>Where</c> may filter on.</summary>
    public IReadOnlyList<HubFilter> Filters { get; }

    /// <summary>The members <c>OrderBy</c> may sort on.</summary>
    public IReadOnlyList<HubSort> Sorts { get; }

    /// <summary>One sentence on what the endpoint does.</summary>
    public string Summary { get; }

    /// <summary>Whether the answer shows a secret it has just created, once (<see cref="HubSecretAttribute"/>).</summary>
    public bool RevealsSecrets { get; }

    /// <summary>
    /// The id of the entry this one is the older (2024) form of, or <see langword="null"/> for an operation of its own.
    /// The fake serves an alias with its target's handler; the fluent client calls only the target.
    /// </summary>
    public string? AliasOf { get; }

    /// <summary>Whether this entry is the older form of another one (<see cref="AliasOf"/>).</summary>
    public bool IsAlias => AliasOf is not null;

    /// <summary>For a GET the state can refuse with 409: the state in which it does; otherwise <see langword="null"/>.</summary>
    public string? ConflictsWhen { get; }

    /// <summary>
    /// For a global endpoint under one organization, the path parameter naming it: the request acts there with the
    /// caller's role, and a non-member gets 404. Otherwise <see langword="null"/>.
    /// </summary>
    public string? OrganizationParameter { get; }

    /// <summary>Whether the caller's role in an organization decides (organization scope, or one named in the path).</summary>
    public bool ChecksRole => Scope == HubScope.Organization || OrganizationParameter is not null;

    /// <summary>
    /// The least role the caller needs in the tenant (docs/contract.md#roles): the one the entry names, else the
    /// method's (GET and HEAD VIEWER, DELETE OWNER, every other method MAINTAINER).
    /// </summary>
    public Models.PermissionRole MinimumRole { get; }

    /// <summary>Whether a retry cannot repeat a side effect (every method but POST).</summary>
    public bool IsIdempotent => Method != HttpMethod.Post;

    /// <summary>The filters in words, for error messages: <c>lifecycle (x.Lifecycle == value)</c>.</summary>
    internal string DescribeFilters() => Filters.Count == 0
        ? $"{Id} supports no filters"
        : $"{Id} supports: " + string.Join(", ", Filters.Select(f => f.Kind == HubFilterKind.Equals
            ? $"x.{f.Member} == value"
            : $"x.{f.Member}.Contains(value)"));

    /// <summary>The sorts in words, for error messages.</summary>
    internal string DescribeSorts() => Sorts.Count == 0
        ? $"{Id} supports no sorting"
        : $"{Id} sorts by: " + string.Join(", ", Sorts.Select(s => s.Member));

    /// <summary>Throws a clear <see cref="ArgumentException"/> unless there is one non-blank value per path parameter.</summary>
    internal void CheckPathValues(ReadOnlySpan<string> values)
    {
        if (values.Length != PathParameters.Count)
        {
            throw new ArgumentException($"{Id} takes {PathParameters.Count} path value(s) ({string.Join(", ", PathParameters)}), not {values.Length}.");
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                throw new ArgumentException($"{Id} ({this}) needs a non-empty '{PathParameters[i]}'; got {(values[i] is null ? "null" : $"\"{values[i]}\"")}.", PathParameters[i]);
            }
        }
    }

    /// <summary>Fills the path template, escaping each value.</summary>
    internal string ExpandPath(ReadOnlySpan<string> values)
    {
        CheckPathValues(values);
        if (values.IsEmpty && _fixedPath is { } fixedPath)
        {
            return fixedPath;
        }
        // A pooled buffer instead of a StringBuilder: only the final string is allocated.
        var path = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0);
        var next = 0;
        foreach (var segment in _pathSegments)
        {
            if (segment.Length == 0)
            {
                continue;
            }
            path.AppendFormatted('/');
            if (IsParameter(segment))
            {
                path.AppendLiteral(Uri.EscapeDataString(values[next]));
                next++;
            }
            else
            {
                path.AppendLiteral(segment);
            }
        }
        var expanded = path.ToStringAndClear();
        if (values.IsEmpty)
        {
            // A path without parameters is the same every time: keep it (a benign race at worst computes it twice).
            _fixedPath = expanded;
        }
        return expanded;
    }

    private string? _fixedPath;

    /// <inheritdoc />
    public override string ToString() => $"{Method} {PathTemplate}";

    private static Models.PermissionRole RoleFor(HubRole role, string method) => role switch
    {
        HubRole.Viewer => Models.PermissionRole.Viewer,
        HubRole.Maintainer => Models.PermissionRole.Maintainer,
        HubRole.Owner => Models.PermissionRole.Owner,
        _ => method switch
        {
            "GET" or "HEAD" => Models.PermissionRole.Viewer,
            "DELETE" => Models.PermissionRole.Owner,
            _ => Models.PermissionRole.Maintainer,
        },
    };

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    private void Validate()
    {
        if (!PathTemplate.StartsWith('/'))
        {
            throw new InvalidOperationException($"HubCatalog.{Id}: path '{PathTemplate}' must start with '/'.");
        }
        if (Shape is HubResultShape.Page or HubResultShape.Array or HubResultShape.Single && ResultType is null)
        {
            throw new InvalidOperationException($"HubCatalog.{Id}: a {Shape} result needs Result = typeof(...).");
        }
        if (ConflictsWhen is not null && Method != HttpMethod.Get)
        {
            throw new InvalidOperationException($"HubCatalog.{Id}: ConflictsWhen is for a GET; a {Method} may always answer 409.");
        }
        if (OrganizationParameter is { } organization && (Scope != HubScope.Global || !PathParameters.Contains(organization)))
        {
            throw new InvalidOperationException($"HubCatalog.{Id}: OrganizationParameter '{organization}' must be a path parameter of a global endpoint.");
        }
        foreach (var member in Filters.Select(f => f.Member).Concat(Sorts.Select(s => s.Member)))
        {
            if (ResultType?.GetProperty(member) is null)
            {
                throw new InvalidOperationException($"HubCatalog.{Id}: '{member}' is not a property of {ResultType?.Name ?? "the result"}.");
            }
        }
    }
}

internal static class HubAliases
{
    /// <summary>
    /// Throws unless every alias names an operation of its own in the same namespace that it can stand in for: the
    /// same method, path parameters, request and result type, and the same shape or a plain array for a page.
    /// </summary>
    public static void Check(IReadOnlyDictionary<string, HubEndpoint> byId)
    {
        foreach (var alias in byId.Values.Where(e => e.IsAlias))
        {
            var problem = !byId.TryGetValue(alias.AliasOf!, out var target) ? $"names '{alias.AliasOf}', which the catalog does not declare"
                : target.IsAlias ? $"names '{target.Id}', which is an alias itself"
                : target.Namespace != alias.Namespace ? $"is in namespace '{alias.Namespace}', its target '{target.Id}' in '{target.Namespace}'"
                : target.Method != alias.Method ? $"is {alias.Method}, its target '{target.Id}' {target.Method}"
                : !target.PathParameters.SequenceEqual(alias.PathParameters) ? $"has path parameters ({string.Join(", ", alias.PathParameters)}), its target '{target.Id}' ({string.Join(", ", target.PathParameters)})"
                : target.RequestType != alias.RequestType || target.ResultType != alias.ResultType || target.Body != alias.Body ? $"must send and answer the same types as its target '{target.Id}'"
                : target.Shape != alias.Shape && !(target.Shape == HubResultShape.Page && alias.Shape == HubResultShape.Array) ? $"answers {alias.Shape}, its target '{target.Id}' {target.Shape} (only a page may become a plain array)"
                : target.ConflictsWhen != alias.ConflictsWhen ? $"must declare the ConflictsWhen of its target '{target.Id}' (\"{target.ConflictsWhen}\")"
                : null;
            if (problem is not null)
            {
                throw new InvalidOperationException($"HubCatalog.{alias.Id} is an alias (AliasOf) but {problem}.");
            }
        }
    }
}

/// <summary>A member that <c>Where</c> may filter on.</summary>
/// <param name="Member">The C# property of the result type.</param>
/// <param name="QueryName">The query parameter it becomes.</param>
/// <param name="Kind">How the filter is written in C#.</param>
public sealed record HubFilter(string Member, string QueryName, HubFilterKind Kind);

/// <summary>A member that <c>OrderBy</c> may sort on.</summary>
/// <param name="Member">The C# property of the result type.</param>
/// <param name="QueryName">The property name sent in <c>sort=</c>.</param>
public sealed record HubSort(string Member, string QueryName);

/// <summary>A part of a multipart body.</summary>
/// <param name="Name">The part's name in its <c>Content-Disposition</c>.</param>
/// <param name="Required">Whether the body must have it.</param>
public sealed record HubPart(string Name, bool Required);
