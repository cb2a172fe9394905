using System.Reflection;
using System.Runtime.CompilerServices;
using KipuHub.Models;

namespace KipuHub.Contract;

/// <summary>
/// The contract: every endpoint of the qc-catalog API that KipuHub knows, described once. The fluent client builds
/// its requests from these entries, the fake server maps its routes from them, the analyzers read their attributes,
/// and docs/api-coverage.md is checked against them.
/// </summary>
/// <remarks>
/// To add an endpoint, add a property here with its attributes, its DTOs, a fluent method marked with
/// <see cref="HubOperationAttribute"/>, and a fake-server handler. Evidence levels follow DECISIONS.md.
/// </remarks>
public static partial class HubCatalog
{
    private static readonly Lazy<Dictionary<string, HubEndpoint>> s_byId = new(Load);

    /// <summary>Every endpoint, in declaration order.</summary>
    public static IReadOnlyList<HubEndpoint> All => [.. s_byId.Value.Values];

    /// <summary>Finds an endpoint by its catalog name.</summary>
    /// <param name="id">A <see cref="HubCatalog"/> property name, for example <c>ServicesList</c>.</param>
    /// <exception cref="KeyNotFoundException">No endpoint has that name.</exception>
    public static HubEndpoint Get(string id) => s_byId.Value.TryGetValue(id, out var endpoint)
        ? endpoint
        : throw new KeyNotFoundException($"The catalog has no endpoint '{id}'. Known: {string.Join(", ", s_byId.Value.Keys)}.");

    private static HubEndpoint Entry([CallerMemberName] string id = "") => s_byId.Value[id];

    private static Dictionary<string, HubEndpoint> Load() => typeof(HubCatalog)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.IsDefined(typeof(HubEndpointAttribute)))
        .OrderBy(p => p.MetadataToken)
        .ToDictionary(p => p.Name, p => new HubEndpoint(p), StringComparer.Ordinal);

    // ── services ────────────────────────────────────────────────────────────────────────────────

    /// <summary>Lists the services of the tenant, a page at a time.</summary>
    [HubEndpoint("services", "GET", "/services", Shape = HubResultShape.Page, Result = typeof(ServiceOverview),
        Evidence = HubEvidence.Current, Summary = "Lists the services of the tenant, a page at a time.")]
    [HubFilter(nameof(ServiceOverview.Lifecycle), "lifecycle")]
    [HubSort(nameof(ServiceOverview.Name), "name")]
    [HubSort(nameof(ServiceOverview.CreatedAt), "createdAt")]
    public static HubEndpoint ServicesList => Entry();

    /// <summary>Gets a service with its versions.</summary>
    [HubEndpoint("services", "GET", "/services/{id}", Result = typeof(Service), Summary = "Gets a service with its versions.")]
    public static HubEndpoint ServicesGet => Entry();

    /// <summary>Deletes a service that is not published.</summary>
    [HubEndpoint("services", "DELETE", "/services/{id}", Shape = HubResultShape.Empty, Summary = "Deletes a service that is not published.")]
    public static HubEndpoint ServicesDelete => Entry();

    /// <summary>Lists the versions of a service.</summary>
    [HubEndpoint("services", "GET", "/services/{id}/versions", Shape = HubResultShape.Array, Result = typeof(ServiceDefinition),
        Summary = "Lists the versions of a service.")]
    public static HubEndpoint ServiceVersionsList => Entry();

    /// <summary>Gets one version of a service.</summary>
    [HubEndpoint("services", "GET", "/services/{serviceId}/versions/{versionId}", Result = typeof(ServiceDefinition),
        Summary = "Gets one version of a service.")]
    public static HubEndpoint ServiceVersionsGet => Entry();

    /// <summary>Updates the description, industries or source of a version.</summary>
    [HubEndpoint("services", "PUT", "/services/{serviceId}/versions/{versionId}", Result = typeof(ServiceDefinition),
        Request = typeof(UpdateVersionRequest), Summary = "Updates the description, industries or source of a version.")]
    public static HubEndpoint ServiceVersionsUpdate => Entry();

    /// <summary>Runs a lifecycle command (UNPUBLISH, UNPUBLISH_FORCE) on a version.</summary>
    [HubEndpoint("services", "POST", "/services/{serviceId}/versions/{versionId}/commands", Shape = HubResultShape.Empty,
        Request = typeof(ServiceDefinitionCommand), Summary = "Runs a lifecycle command (UNPUBLISH, UNPUBLISH_FORCE) on a version.")]
    public static HubEndpoint ServiceVersionsCommand => Entry();

    /// <summary>Publishes a version to the marketplace (lifecycle PUBLISHED).</summary>
    [HubEndpoint("services", "POST", "/services/{serviceId}/versions/{versionId}/publish", Result = typeof(ServiceDefinition),
        Summary = "Publishes a version to the marketplace (lifecycle PUBLISHED).")]
    public static HubEndpoint ServiceVersionsPublish => Entry();

    /// <summary>Publishes a version inside the tenant (lifecycle ACCESSIBLE).</summary>
    [HubEndpoint("services", "POST", "/services/{serviceId}/versions/{versionId}/publish-internal", Result = typeof(ServiceDefinition),
        Summary = "Publishes a version inside the tenant (lifecycle ACCESSIBLE).")]
    public static HubEndpoint ServiceVersionsPublishInternal => Entry();

    /// <summary>Gets the status of a version's latest build.</summary>
    [HubEndpoint("services", "GET", "/services/{serviceId}/versions/{versionId}/build-status", Result = typeof(BuildJob),
        Summary = "Gets the status of a version's latest build.")]
    public static HubEndpoint ServiceVersionsBuildStatus => Entry();

    /// <summary>Gets the log of a version's latest build as text.</summary>
    [HubEndpoint("services", "GET", "/services/{serviceId}/versions/{versionId}/build-logs", Shape = HubResultShape.Text,
        Summary = "Gets the log of a version's latest build as text.")]
    public static HubEndpoint ServiceVersionsBuildLogs => Entry();

    /// <summary>Lists the active subscriptions of a version.</summary>
    [HubEndpoint("services", "GET", "/services/{serviceId}/versions/{versionId}/subscriptions", Shape = HubResultShape.Array,
        Result = typeof(Subscription), Summary = "Lists the active subscriptions of a version.")]
    public static HubEndpoint ServiceVersionsSubscriptions => Entry();

    // ── marketplace ─────────────────────────────────────────────────────────────────────────────

    /// <summary>Lists every publicly published service.</summary>
    [HubEndpoint("marketplace", "GET", "/v2/apis", Shape = HubResultShape.Array, Result = typeof(ApiOverview),
        Scope = HubScope.Global, Summary = "Lists every publicly published service.")]
    public static HubEndpoint MarketplaceList => Entry();

    /// <summary>Gets one marketplace listing.</summary>
    [HubEndpoint("marketplace", "GET", "/v2/apis/{id}", Result = typeof(Api), Scope = HubScope.Global,
        Summary = "Gets one marketplace listing.")]
    public static HubEndpoint MarketplaceGet => Entry();

    // ── applications ────────────────────────────────────────────────────────────────────────────

    /// <summary>Lists the applications of the tenant.</summary>
    [HubEndpoint("applications", "GET", "/v2/applications", Shape = HubResultShape.Array, Result = typeof(Application),
        Summary = "Lists the applications of the tenant.")]
    public static HubEndpoint ApplicationsList => Entry();

    /// <summary>Creates an application.</summary>
    [HubEndpoint("applications", "POST", "/v2/applications", Result = typeof(Application), Request = typeof(CreateApplicationRequest),
        Summary = "Creates an application.")]
    public static HubEndpoint ApplicationsCreate => Entry();

    /// <summary>Gets an application.</summary>
    [HubEndpoint("applications", "GET", "/v2/applications/{id}", Result = typeof(Application), Summary = "Gets an application.")]
    public static HubEndpoint ApplicationsGet => Entry();

    /// <summary>Deletes an application and its subscriptions.</summary>
    [HubEndpoint("applications", "DELETE", "/v2/applications/{id}", Shape = HubResultShape.Empty,
        Summary = "Deletes an application and its subscriptions.")]
    public static HubEndpoint ApplicationsDelete => Entry();

    /// <summary>Issues an access token for calling the application's subscribed services.</summary>
    [HubEndpoint("applications", "POST", "/v2/applications/{id}/access-token", Result = typeof(AccessToken),
        Summary = "Issues an access token for calling the application's subscribed services.")]
    public static HubEndpoint ApplicationsAccessToken => Entry();

    /// <summary>Lists the subscriptions of an application.</summary>
    [HubEndpoint("applications", "GET", "/v2/applications/{id}/subscriptions", Shape = HubResultShape.Array, Result = typeof(Subscription),
        Summary = "Lists the subscriptions of an application.")]
    public static HubEndpoint ApplicationsSubscriptions => Entry();

    // ── subscriptions ───────────────────────────────────────────────────────────────────────────

    /// <summary>Subscribes an application to a published service.</summary>
    [HubEndpoint("subscriptions", "POST", "/subscriptions", Result = typeof(Subscription), Request = typeof(CreateSubscriptionRequest),
        Summary = "Subscribes an application to a published service.")]
    public static HubEndpoint SubscriptionsCreate => Entry();

    /// <summary>Gets a subscription.</summary>
    [HubEndpoint("subscriptions", "GET", "/subscriptions/{id}", Result = typeof(Subscription), Summary = "Gets a subscription.")]
    public static HubEndpoint SubscriptionsGet => Entry();

    /// <summary>Cancels a subscription.</summary>
    [HubEndpoint("subscriptions", "DELETE", "/subscriptions/{id}", Shape = HubResultShape.Empty, Summary = "Cancels a subscription.")]
    public static HubEndpoint SubscriptionsDelete => Entry();

    /// <summary>Lists the executions made through a subscription.</summary>
    [HubEndpoint("subscriptions", "GET", "/subscriptions/{id}/service-executions", Shape = HubResultShape.Array,
        Result = typeof(ServiceExecution), Evidence = HubEvidence.Current, Summary = "Lists the executions made through a subscription.")]
    public static HubEndpoint SubscriptionsServiceExecutions => Entry();

    // ── data_pools ──────────────────────────────────────────────────────────────────────────────

    /// <summary>Lists the data pools of the tenant.</summary>
    [HubEndpoint("data_pools", "GET", "/datapools", Shape = HubResultShape.Array, Result = typeof(DataPool),
        Evidence = HubEvidence.Current, Summary = "Lists the data pools of the tenant.")]
    [HubFilter(nameof(DataPool.Name), "search", HubFilterKind.Contains)]
    public static HubEndpoint DataPoolsList => Entry();

    /// <summary>Creates a data pool.</summary>
    [HubEndpoint("data_pools", "POST", "/datapools", Result = typeof(DataPool), Request = typeof(CreateDataPoolRequest),
        Evidence = HubEvidence.Current, Summary = "Creates a data pool.")]
    public static HubEndpoint DataPoolsCreate => Entry();

    /// <summary>Gets a data pool.</summary>
    [HubEndpoint("data_pools", "GET", "/datapools/{id}", Result = typeof(DataPool), Evidence = HubEvidence.Current,
        Summary = "Gets a data pool.")]
    public static HubEndpoint DataPoolsGet => Entry();

    /// <summary>Updates a data pool's name and descriptions.</summary>
    [HubEndpoint("data_pools", "PUT", "/datapools/{id}", Result = typeof(DataPool), Request = typeof(UpdateDataPoolRequest),
        Evidence = HubEvidence.Current, Summary = "Updates a data pool's name and descriptions.")]
    public static HubEndpoint DataPoolsUpdate => Entry();

    /// <summary>Deletes a data pool and its files.</summary>
    [HubEndpoint("data_pools", "DELETE", "/datapools/{id}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Current,
        Summary = "Deletes a data pool and its files.")]
    public static HubEndpoint DataPoolsDelete => Entry();

    /// <summary>Lists the files of a data pool.</summary>
    [HubEndpoint("data_pools", "GET", "/datapools/{id}/files", Shape = HubResultShape.Array, Result = typeof(DataPoolFile),
        Evidence = HubEvidence.Current, Summary = "Lists the files of a data pool.")]
    public static HubEndpoint DataPoolFilesList => Entry();

    /// <summary>Uploads a file into a data pool.</summary>
    [HubEndpoint("data_pools", "POST", "/datapools/{id}/files", Result = typeof(DataPoolFile), Body = HubBodyKind.Multipart,
        Evidence = HubEvidence.Current, Summary = "Uploads a file into a data pool.")]
    [HubQueryParameter("filename")]
    public static HubEndpoint DataPoolFilesUpload => Entry();

    /// <summary>Downloads a file's bytes.</summary>
    [HubEndpoint("data_pools", "GET", "/datapools/{id}/files/{fileId}", Shape = HubResultShape.Binary,
        Evidence = HubEvidence.Current, Summary = "Downloads a file's bytes.")]
    public static HubEndpoint DataPoolFilesDownload => Entry();

    /// <summary>Deletes a file from a data pool.</summary>
    [HubEndpoint("data_pools", "DELETE", "/datapools/{id}/files/{fileId}", Shape = HubResultShape.Empty,
        Evidence = HubEvidence.Current, Summary = "Deletes a file from a data pool.")]
    public static HubEndpoint DataPoolFilesDelete => Entry();

    // ── identity ────────────────────────────────────────────────────────────────────────────────

    /// <summary>Returns the principal the token belongs to.</summary>
    [HubEndpoint("identity", "POST", "/authorize", Result = typeof(AuthPrincipal), Scope = HubScope.Global,
        Summary = "Returns the principal the token belongs to.")]
    public static HubEndpoint IdentityAuthorize => Entry();

    /// <summary>Lists the personal account and the organizations the caller can act as.</summary>
    [HubEndpoint("identity", "GET", "/my/accounts", Shape = HubResultShape.Array, Result = typeof(Account), Scope = HubScope.Global,
        Summary = "Lists the personal account and the organizations the caller can act as.")]
    public static HubEndpoint IdentityAccounts => Entry();
}
