using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>One version of a service, with its lifecycle commands (publish, publish internally, unpublish).</summary>
public sealed partial class ServiceVersion : HubQuery<ServiceVersion>
{
    private readonly string _serviceId;
    private readonly string _versionId;

    internal ServiceVersion(QueryState state, string serviceId, string versionId)
        : base(state)
    {
        _serviceId = serviceId;
        _versionId = versionId;
    }

    /// <summary>A command that gets the version.</summary>
    [HubOperation(nameof(HubCatalog.ServiceVersionsGet))]
    public HubCommand<ServiceDefinition> Get() => Json(At(HubCatalog.ServiceVersionsGet), ServicesJsonReading.Context.ServiceDefinition);

    /// <summary>Gets the version.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsGet))]
    public Task<ServiceDefinition> GetAsync(CancellationToken cancellationToken = default) => Get().SendAsync(cancellationToken);

    /// <summary>A command that updates the description, industries or source.</summary>
    /// <param name="request">The new values.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsUpdate))]
    public HubCommand<ServiceDefinition> Update(UpdateVersionRequest request) =>
        Json(At(HubCatalog.ServiceVersionsUpdate), request, ServicesJsonContext.Default.UpdateVersionRequest, ServicesJsonReading.Context.ServiceDefinition);

    /// <summary>Updates the description, industries or source.</summary>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsUpdate))]
    public Task<ServiceDefinition> UpdateAsync(UpdateVersionRequest request, CancellationToken cancellationToken = default) =>
        Update(request).SendAsync(cancellationToken);

    /// <summary>A command that publishes the version to the marketplace (lifecycle PUBLISHED).</summary>
    [HubOperation(nameof(HubCatalog.ServiceVersionsPublish))]
    public HubCommand<ServiceDefinition> Publish() => Json(At(HubCatalog.ServiceVersionsPublish), ServicesJsonReading.Context.ServiceDefinition);

    /// <summary>Publishes the version to the marketplace (lifecycle PUBLISHED). Needs a successful build.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsPublish))]
    public Task<ServiceDefinition> PublishAsync(CancellationToken cancellationToken = default) => Publish().SendAsync(cancellationToken);

    /// <summary>A command that publishes the version inside the tenant only (lifecycle ACCESSIBLE).</summary>
    [HubOperation(nameof(HubCatalog.ServiceVersionsPublishInternal))]
    public HubCommand<ServiceDefinition> PublishInternal() => Json(At(HubCatalog.ServiceVersionsPublishInternal), ServicesJsonReading.Context.ServiceDefinition);

    /// <summary>Publishes the version inside the tenant only (lifecycle ACCESSIBLE).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsPublishInternal))]
    public Task<ServiceDefinition> PublishInternalAsync(CancellationToken cancellationToken = default) => PublishInternal().SendAsync(cancellationToken);

    /// <summary>A command that unpublishes the version (lifecycle CREATED).</summary>
    /// <param name="force">
    /// <see langword="false"/> sends UNPUBLISH, which the server refuses (409) while subscriptions are active;
    /// <see langword="true"/> sends UNPUBLISH_FORCE, which cancels them.
    /// </param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsCommand))]
    public HubCommand Unpublish(bool force = false) =>
        Run(new ServiceDefinitionCommand { Type = force ? ServiceCommandType.UnpublishForce : ServiceCommandType.Unpublish });

    /// <summary>Unpublishes the version (lifecycle CREATED).</summary>
    /// <param name="force">Whether to cancel active subscriptions (UNPUBLISH_FORCE) instead of failing with 409 (UNPUBLISH).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsCommand))]
    public Task UnpublishAsync(bool force = false, CancellationToken cancellationToken = default) => Unpublish(force).SendAsync(cancellationToken);

    /// <summary>A command that runs any lifecycle command, including ones this version of KipuHub does not know.</summary>
    /// <param name="command">The command.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsCommand))]
    public HubCommand Run(ServiceDefinitionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.Type.Value))
        {
            throw new ArgumentException("The command needs a Type, for example ServiceCommandType.Unpublish or ServiceCommandType.UnpublishForce.", nameof(command));
        }
        return Empty(At(HubCatalog.ServiceVersionsCommand) with
        {
            Content = () => System.Net.Http.Json.JsonContent.Create(command, ServicesJsonContext.Default.ServiceDefinitionCommand),
        });
    }

    /// <summary>Runs any lifecycle command, including ones this version of KipuHub does not know.</summary>
    /// <param name="command">The command.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsCommand))]
    public Task RunAsync(ServiceDefinitionCommand command, CancellationToken cancellationToken = default) => Run(command).SendAsync(cancellationToken);

    /// <summary>A command that gets the status of the latest build.</summary>
    [HubOperation(nameof(HubCatalog.ServiceVersionsBuildStatus))]
    public HubCommand<BuildJob> GetBuildStatus() => Json(At(HubCatalog.ServiceVersionsBuildStatus), ServicesJsonContext.Default.BuildJob);

    /// <summary>Gets the status of the latest build.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsBuildStatus))]
    public Task<BuildJob> GetBuildStatusAsync(CancellationToken cancellationToken = default) => GetBuildStatus().SendAsync(cancellationToken);

    /// <summary>A command that gets the log of the latest build as text.</summary>
    [HubOperation(nameof(HubCatalog.ServiceVersionsBuildLogs))]
    public HubCommand<string> GetBuildLogs() => Text(At(HubCatalog.ServiceVersionsBuildLogs));

    /// <summary>Gets the log of the latest build as text.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsBuildLogs))]
    public Task<string> GetBuildLogsAsync(CancellationToken cancellationToken = default) => GetBuildLogs().SendAsync(cancellationToken);

    /// <summary>The active subscriptions of the version.</summary>
    [HubOperation(nameof(HubCatalog.ServiceVersionsSubscriptions))]
    public HubArrayQuery<Subscription> Subscriptions() =>
        new(State.ScopeOnly(), HubCatalog.ServiceVersionsSubscriptions, [_serviceId, _versionId], ServicesJsonContext.Default.IReadOnlyListSubscription);

    /// <inheritdoc />
    public override string ToString() => $"Service {_serviceId} version {_versionId}";

    private protected override ServiceVersion With(QueryState state) => new(state, _serviceId, _versionId);

    private Http.HubCall At(HubEndpoint endpoint) => Call(endpoint, _serviceId, _versionId);
}
