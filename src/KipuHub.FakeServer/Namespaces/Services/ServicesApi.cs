using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>The services namespace: services, their single version, its lifecycle, build and subscriptions.</summary>
internal static class ServicesApi
{
    public static HubRouteTable Routes { get; } = new("services")
    {
        [nameof(HubCatalog.ServicesList)] = List,
        [nameof(HubCatalog.ServicesGet)] = Get,
        [nameof(HubCatalog.ServicesDelete)] = Delete,
        [nameof(HubCatalog.ServiceVersionsList)] = ListVersions,
        [nameof(HubCatalog.ServiceVersionsGet)] = GetVersion,
        [nameof(HubCatalog.ServiceVersionsUpdate)] = UpdateVersion,
        [nameof(HubCatalog.ServiceVersionsCommand)] = RunCommand,
        [nameof(HubCatalog.ServiceVersionsPublish)] = Publish,
        [nameof(HubCatalog.ServiceVersionsPublishInternal)] = PublishInternal,
        [nameof(HubCatalog.ServiceVersionsBuildStatus)] = BuildStatus,
        [nameof(HubCatalog.ServiceVersionsBuildLogs)] = BuildLogs,
        [nameof(HubCatalog.ServiceVersionsSubscriptions)] = Subscriptions,
        [nameof(HubCatalog.ServiceVersionsApiSpec)] = ApiSpec,
        [nameof(HubCatalog.ServiceVersionsUploadApiSpec)] = UploadApiSpec,
        [nameof(HubCatalog.ServiceVersionsSourceCode)] = SourceCode,
        [nameof(HubCatalog.ServiceVersionsUploadSourceCode)] = UploadSourceCode,
        [nameof(HubCatalog.ServiceVersionsResourceConfiguration)] = SetResource,
        [nameof(HubCatalog.ServiceVersionsRuntimeConfiguration)] = SetRuntime,
    };

    private static HubListResult<ServiceOverview> List(HubRequest request) =>
        request.List(static (store, caller) => ServicesDomain.List(store, caller));

    private static Results<JsonHttpResult<Service>, HubError> Get(HubRequest request, string id) =>
        ServicesDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        ServicesDomain.Delete(request.Store, request.Caller, id).OrNoContent();

    private static Results<HubListResult<ServiceDefinition>, HubError> ListVersions(HubRequest request, string id) =>
        ServicesDomain.ListVersions(request.Store, request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<ServiceDefinition>, HubError> GetVersion(HubRequest request, string serviceId, string versionId) =>
        ServicesDomain.GetVersion(request.Store, request.Caller, serviceId, versionId).ToJson(request);

    private static Results<JsonHttpResult<ServiceDefinition>, HubError> UpdateVersion(
        HubRequest request, string serviceId, string versionId, JsonBody<UpdateVersionRequest> body) =>
        ServicesDomain.UpdateVersion(request.Store, request.Caller, serviceId, versionId, body.Value).ToJson(request);

    private static Results<NoContent, HubError> RunCommand(
        HubRequest request, string serviceId, string versionId, JsonBody<ServiceDefinitionCommand> body) =>
        ServicesDomain.RunCommand(request.Store, request.Caller, serviceId, versionId, body.Value).OrNoContent();

    private static Results<JsonHttpResult<ServiceDefinition>, HubError> Publish(HubRequest request, string serviceId, string versionId) =>
        ServicesDomain.Publish(request.Store, request.Caller, serviceId, versionId, ServiceLifecycle.Published).ToJson(request);

    private static Results<JsonHttpResult<ServiceDefinition>, HubError> PublishInternal(HubRequest request, string serviceId, string versionId) =>
        ServicesDomain.Publish(request.Store, request.Caller, serviceId, versionId, ServiceLifecycle.Accessible).ToJson(request);

    private static Results<JsonHttpResult<BuildJob>, HubError> BuildStatus(HubRequest request, string serviceId, string versionId) =>
        ServicesDomain.GetBuild(request.Store, request.Caller, serviceId, versionId).ToJson(request);

    private static Results<ContentHttpResult, HubError> BuildLogs(HubRequest request, string serviceId, string versionId) =>
        ServicesDomain.GetBuildLog(request.Store, request.Caller, serviceId, versionId).ToText();

    private static Results<HubListResult<Subscription>, HubError> Subscriptions(HubRequest request, string serviceId, string versionId) =>
        ServicesDomain.ListVersionSubscriptions(request.Store, request.Caller, serviceId, versionId).ToList(request);

    private static Results<ContentHttpResult, HubError> ApiSpec(HubRequest request, string serviceId, string versionId) =>
        ServiceArtifactsDomain.GetApiSpec(request.Store, request.Caller, serviceId, versionId).ToText();

    private static Results<NoContent, HubError> UploadApiSpec(HubRequest request, string serviceId, string versionId, Upload upload) =>
        ServiceArtifactsDomain.UploadApiSpec(request.Store, request.Caller, serviceId, versionId, upload.Bytes).OrNoContent();

    private static Results<FileContentHttpResult, HubError> SourceCode(HubRequest request, string serviceId, string versionId) =>
        ServiceArtifactsDomain.GetSourceCode(request.Store, request.Caller, serviceId, versionId).ToBytes();

    private static Results<JsonHttpResult<ServiceDefinition>, HubError> UploadSourceCode(HubRequest request, string serviceId, string versionId, Upload upload) =>
        ServiceArtifactsDomain.UploadSourceCode(request.Store, request.Caller, serviceId, versionId, upload.Bytes, upload.FileName).ToJson(request);

    private static Results<NoContent, HubError> SetResource(HubRequest request, string serviceId, string versionId, JsonBody<ResourceConfiguration> body) =>
        ServiceConfigurationDomain.SetResource(request.Store, request.Caller, serviceId, versionId, body.Value).OrNoContent();

    private static Results<NoContent, HubError> SetRuntime(HubRequest request, string serviceId, string versionId, JsonBody<RuntimeConfiguration> body) =>
        ServiceConfigurationDomain.SetRuntime(request.Store, request.Caller, serviceId, versionId, body.Value).OrNoContent();
}
