namespace KipuHub.Contract;

/// <summary>Whether an endpoint acts inside a tenant chosen by <c>X-OrganizationId</c>.</summary>
public enum HubScope
{
    /// <summary>The endpoint acts in the caller's personal account, or in the organization named by <c>X-OrganizationId</c>.</summary>
    Organization,

    /// <summary>The endpoint ignores <c>X-OrganizationId</c> (identity, marketplace).</summary>
    Global,
}

/// <summary>The shape of an endpoint's successful response body.</summary>
public enum HubResultShape
{
    /// <summary>A page envelope: <c>{ content, page, size, totalElements, totalPages }</c>.</summary>
    Page,

    /// <summary>A plain JSON array.</summary>
    Array,

    /// <summary>A single JSON object.</summary>
    Single,

    /// <summary>No body.</summary>
    Empty,

    /// <summary>Raw bytes, streamed.</summary>
    Binary,

    /// <summary>Plain text.</summary>
    Text,
}

/// <summary>How an endpoint's request body is sent.</summary>
public enum HubBodyKind
{
    /// <summary>No body.</summary>
    None,

    /// <summary>A JSON document (<c>application/json</c>).</summary>
    Json,

    /// <summary>A <c>multipart/form-data</c> upload; its parts are <see cref="HubEndpoint.Parts"/> (by default one, <c>file</c>).</summary>
    Multipart,

    /// <summary>A text document sent as <c>text/plain</c> (for example a BPMN model).</summary>
    Text,
}

/// <summary>How much evidence supports an endpoint's shape; see docs/api-coverage.md.</summary>
public enum HubEvidence
{
    /// <summary>Seen in the current SDKs (planqk-api-sdk, HubPlatformClient) or current callers of the live API.</summary>
    Current,

    /// <summary>Known only from the 2024 OpenAPI client.</summary>
    Legacy2024,

    /// <summary>No evidence: designed by KipuHub following the API's conventions.</summary>
    Modelled,
}

/// <summary>How a filter in <c>Where</c> is written in C#.</summary>
public enum HubFilterKind
{
    /// <summary><c>x.Member == value</c>.</summary>
    Equals,

    /// <summary><c>x.Member.Contains(value)</c>: a server-side search.</summary>
    Contains,
}

/// <summary>
/// The least role an endpoint needs in its tenant (docs/contract.md#roles). Most endpoints take it from their method;
/// an endpoint the rules make an exception for names its role.
/// </summary>
public enum HubRole
{
    /// <summary>As the method says: GET and HEAD need VIEWER, DELETE needs OWNER, every other method MAINTAINER.</summary>
    ByMethod,

    /// <summary>VIEWER or higher.</summary>
    Viewer,

    /// <summary>MAINTAINER or higher.</summary>
    Maintainer,

    /// <summary>OWNER only.</summary>
    Owner,
}
