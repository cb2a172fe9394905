namespace KipuHub.Contract;

/// <summary>
/// Declares one endpoint of the qc-catalog API on a member of <see cref="HubCatalog"/>. This attribute is the
/// single description the fluent client, the fake server and the analyzers read.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class HubEndpointAttribute : Attribute
{
    /// <summary>Declares an endpoint.</summary>
    /// <param name="namespace">The HubPlatformClient namespace, in snake_case (<c>services</c>, <c>data_pools</c>).</param>
    /// <param name="method">The HTTP method, upper case.</param>
    /// <param name="path">The path template relative to the base URL, with <c>{name}</c> path parameters.</param>
    public HubEndpointAttribute(string @namespace, string method, string path)
    {
        Namespace = @namespace;
        Method = method;
        Path = path;
    }

    /// <summary>The HubPlatformClient namespace, in snake_case.</summary>
    public string Namespace { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path template relative to the base URL.</summary>
    public string Path { get; }

    /// <summary>The shape of the success body. <value>Default: <see cref="HubResultShape.Single"/>.</value></summary>
    public HubResultShape Shape { get; set; } = HubResultShape.Single;

    /// <summary>The item type of the result (the element type for pages and arrays), or <see langword="null"/>.</summary>
    public Type? Result { get; set; }

    /// <summary>The request body type, or <see langword="null"/> when there is none or it is a file.</summary>
    public Type? Request { get; set; }

    /// <summary>How the body is sent. <value>Default: <see cref="HubBodyKind.None"/>, or <see cref="HubBodyKind.Json"/> when <see cref="Request"/> is set.</value></summary>
    public HubBodyKind Body { get; set; }

    /// <summary>Whether the endpoint honours <c>X-OrganizationId</c>. <value>Default: <see cref="HubScope.Organization"/>.</value></summary>
    public HubScope Scope { get; set; } = HubScope.Organization;

    /// <summary>The evidence behind the endpoint. <value>Default: <see cref="HubEvidence.Legacy2024"/>.</value></summary>
    public HubEvidence Evidence { get; set; } = HubEvidence.Legacy2024;

    /// <summary>The page size used when a paged request names none. <value>Default: <see cref="HubPaging.DefaultPageSize"/>.</value></summary>
    public int DefaultPageSize { get; set; } = HubPaging.DefaultPageSize;

    /// <summary>The largest page size honoured. <value>Default: <see cref="HubPaging.MaxPageSize"/>.</value></summary>
    public int MaxPageSize { get; set; } = HubPaging.MaxPageSize;

    /// <summary>One sentence on what the endpoint does.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>
    /// The parts of a multipart body, in order: the first is required, a later name ending in <c>?</c> is optional.
    /// <value>Default: one part named <c>file</c>.</value>
    /// </summary>
    public string[]? Parts { get; set; }

    /// <summary>
    /// Whether the answer shows a secret it has just created (<see cref="HubSecretAttribute"/>), once. Every other answer
    /// leaves secrets out. <value>Default: <see langword="false"/>.</value>
    /// </summary>
    public bool RevealsSecrets { get; set; }

    /// <summary>
    /// Marks this entry as the 2024 form of another one (a <see cref="HubCatalog"/> property name): the same operation at
    /// an older path, kept so that older generated clients keep working. The fake serves it with its target's handler,
    /// its OpenAPI document marks it deprecated, and the fluent client calls only the target. Method, path parameters,
    /// request and result type are the target's; the shape may differ only as a plain array for a page.
    /// <value>Default: <see langword="null"/>, an operation of its own.</value>
    /// </summary>
    public string? AliasOf { get; set; }

    /// <summary>
    /// The least role the caller needs in the tenant, for an endpoint that is an exception to the method's rule.
    /// <value>Default: <see cref="HubRole.ByMethod"/> (GET VIEWER, DELETE OWNER, other methods MAINTAINER).</value>
    /// </summary>
    public HubRole MinimumRole { get; set; }

    /// <summary>
    /// For a global endpoint under one organization (<c>/organizations/{id}/members</c>): the path parameter that names
    /// it. The request acts in that organization with the caller's role there, so <see cref="MinimumRole"/> applies as
    /// for an organization-scoped endpoint; a caller who is not a member gets 404, the answer for an unknown id.
    /// <value>Default: <see langword="null"/>, the organization comes from <c>X-OrganizationId</c> or is not read.</value>
    /// </summary>
    public string? OrganizationParameter { get; set; }

    /// <summary>
    /// For a GET that the state can refuse with 409 Conflict: the state in which it does, in a few words. Every other
    /// method may answer 409; a GET declares it here so that the OpenAPI document lists it.
    /// <value>Default: <see langword="null"/>, a GET that never conflicts.</value>
    /// </summary>
    public string? ConflictsWhen { get; set; }
}

/// <summary>Declares a member that <c>Where</c> may filter on, and the query parameter it becomes.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class HubFilterAttribute : Attribute
{
    /// <summary>Declares a filter.</summary>
    /// <param name="member">The C# property of the result type.</param>
    /// <param name="queryName">The query parameter.</param>
    /// <param name="kind">How the filter is written in C#.</param>
    public HubFilterAttribute(string member, string queryName, HubFilterKind kind = HubFilterKind.Equals)
    {
        Member = member;
        QueryName = queryName;
        Kind = kind;
    }

    /// <summary>The C# property of the result type.</summary>
    public string Member { get; }

    /// <summary>The query parameter.</summary>
    public string QueryName { get; }

    /// <summary>How the filter is written in C#.</summary>
    public HubFilterKind Kind { get; }
}

/// <summary>Declares a member that <c>OrderBy</c> may sort on, and the property name sent in <c>sort=</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class HubSortAttribute : Attribute
{
    /// <summary>Declares a sortable member.</summary>
    /// <param name="member">The C# property of the result type.</param>
    /// <param name="queryName">The property name in <c>sort=name,asc</c>.</param>
    public HubSortAttribute(string member, string queryName)
    {
        Member = member;
        QueryName = queryName;
    }

    /// <summary>The C# property of the result type.</summary>
    public string Member { get; }

    /// <summary>The property name in <c>sort=</c>.</summary>
    public string QueryName { get; }
}

/// <summary>Declares a query parameter that a command takes as an argument (not a filter).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class HubQueryParameterAttribute : Attribute
{
    /// <summary>Declares a query parameter.</summary>
    /// <param name="name">The query parameter.</param>
    public HubQueryParameterAttribute(string name) => Name = name;

    /// <summary>The query parameter.</summary>
    public string Name { get; }

    /// <summary>Whether the value is a secret (a password): never recorded by the fake's journal or logs. <value>Default: <see langword="false"/>.</value></summary>
    public bool Secret { get; set; }
}

/// <summary>
/// Marks a fluent method that sends a request, naming its <see cref="HubCatalog"/> entry. The analyzers follow
/// this name to the entry's <see cref="HubEndpointAttribute"/> for scope and paging facts.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class HubOperationAttribute : Attribute
{
    /// <summary>Names the catalog entry this method sends.</summary>
    /// <param name="endpointId">The name of a <see cref="HubCatalog"/> property.</param>
    public HubOperationAttribute(string endpointId) => EndpointId = endpointId;

    /// <summary>The name of a <see cref="HubCatalog"/> property.</summary>
    public string EndpointId { get; }
}

/// <summary>
/// Marks a model property that carries a secret (a password, a token). Secrets are write-only: a server shows one at
/// most once, in the answer of the call that creates it (<see cref="HubEndpointAttribute.RevealsSecrets"/>), and never
/// in a list, a get, a log or a message. The model's <c>ToString()</c> hides it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class HubSecretAttribute : Attribute;

/// <summary>
/// Marks a model string property that carries a whole JSON document as text (a job's input data): it may be as long as
/// the request body allows (1 MiB), instead of the 10,000 characters of any other string field.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class HubJsonTextAttribute : Attribute;

/// <summary>
/// Marks a property or method that returns a <see cref="HubPlatformClient"/> whose scope is already decided: every
/// call it makes acts in one account its owner chose (an organization, or the personal account), as the fake
/// server's ready client acts in the demo user's personal account. Analyzer rule KH0001 then accepts calls through
/// that client without <c>InOrg(...)</c> or <c>InPersonalAccount()</c>, as it accepts a client built in the same
/// method with an <see cref="HubPlatformClientOptions.OrganizationId"/>. Put it only where the member's documentation
/// says which account the client acts in.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class HubScopedClientAttribute : Attribute;
