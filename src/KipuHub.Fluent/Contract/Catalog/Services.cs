using KipuHub.Models;

namespace KipuHub.Contract;

// The services namespace: the tenant's services, their single version, its lifecycle, build and subscriptions.
public static partial class HubCatalog
{
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

    /// <summary>Gets the OpenAPI document of a version as text.</summary>
    [HubEndpoint("services", "GET", "/services/{serviceId}/versions/{versionId}/api-spec", Shape = HubResultShape.Text,
        Summary = "Gets the OpenAPI document of a version as text.")]
    public static HubEndpoint ServiceVersionsApiSpec => Entry();

    /// <summary>Replaces the OpenAPI document of a version (multipart part <c>file</c>, JSON or YAML).</summary>
    [HubEndpoint("services", "PUT", "/v3/services/{serviceId}/versions/{versionId}/api-spec", Shape = HubResultShape.Empty,
        Body = HubBodyKind.Multipart, Summary = "Replaces the OpenAPI document of a version (multipart part file, JSON or YAML).")]
    public static HubEndpoint ServiceVersionsUploadApiSpec => Entry();

    /// <summary>Downloads the source code of a version as a zip archive.</summary>
    [HubEndpoint("services", "GET", "/services/{serviceId}/versions/{versionId}/source-code", Shape = HubResultShape.Binary,
        Summary = "Downloads the source code of a version as a zip archive.")]
    public static HubEndpoint ServiceVersionsSourceCode => Entry();

    /// <summary>Uploads new source code (a zip archive, multipart part <c>file</c>) and starts a build.</summary>
    [HubEndpoint("services", "POST", "/v3/services/{serviceId}/versions/{versionId}/source-code", Result = typeof(ServiceDefinition),
        Body = HubBodyKind.Multipart, Summary = "Uploads new source code (a zip archive, multipart part file) and starts a build.")]
    public static HubEndpoint ServiceVersionsUploadSourceCode => Entry();

    /// <summary>Sets one resource of a version: CPU, memory or GPU.</summary>
    [HubEndpoint("services", "PUT", "/services/{serviceId}/versions/{versionId}/resource-configuration", Shape = HubResultShape.Empty,
        Request = typeof(ResourceConfiguration), Summary = "Sets one resource of a version: CPU, memory or GPU.")]
    public static HubEndpoint ServiceVersionsResourceConfiguration => Entry();

    /// <summary>Replaces the runtime configuration of a version: runtime, environment variables, provider tokens.</summary>
    [HubEndpoint("services", "PUT", "/services/{serviceId}/versions/{versionId}/runtime-configuration", Shape = HubResultShape.Empty,
        Request = typeof(RuntimeConfiguration), Summary = "Replaces the runtime configuration of a version: runtime, environment variables, provider tokens.")]
    public static HubEndpoint ServiceVersionsRuntimeConfiguration => Entry();
}
