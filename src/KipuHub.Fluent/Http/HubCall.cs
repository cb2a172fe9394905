using KipuHub.Contract;

namespace KipuHub.Http;

/// <summary>Which tenant a call acts in.</summary>
internal enum ScopeKind
{
    /// <summary>The client's default: its OrganizationId if it has one, else the personal account.</summary>
    ClientDefault,
    Personal,
    Organization,
}

/// <summary>A scope decision: the client's default, the personal account, or one organization.</summary>
internal readonly record struct ScopeChoice(ScopeKind Kind, string? OrganizationId)
{
    public static ScopeChoice ClientDefault => default;

    public static ScopeChoice Personal => new(ScopeKind.Personal, null);

    public static ScopeChoice Organization(string organizationId) => new(ScopeKind.Organization, organizationId);
}

/// <summary>Everything needed to build one request for one catalog endpoint.</summary>
internal sealed record HubCall(HubEndpoint Endpoint, string[] PathValues)
{
    public ScopeChoice Scope { get; init; }

    /// <summary>Query parameters in the order they are sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>Makes a fresh body for each attempt, or null for no body.</summary>
    public Func<HttpContent>? Content { get; init; }

    /// <summary>Whether a non-idempotent call (POST) may be retried anyway.</summary>
    public bool RetryUnsafe { get; init; }
}
