using KipuHub.Contract;

namespace KipuHub.Models;

/// <summary>A service as listed by <c>GET /services</c>.</summary>
public sealed record ServiceOverview
{
    /// <summary>The service's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The id of the service's (single) version.</summary>
    public string? ServiceDefinitionId { get; init; }

    /// <summary>The service's name.</summary>
    public string? Name { get; init; }

    /// <summary>The name shown in the hub.</summary>
    public string? DisplayName { get; init; }

    /// <summary>How the service is run.</summary>
    public ServiceType? Type { get; init; }

    /// <summary>The publication state.</summary>
    public ServiceLifecycle? Lifecycle { get; init; }

    /// <summary>When the service was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The logo's URL.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>The state of the latest build.</summary>
    public BuildStatus? BuildStatus { get; init; }

    /// <summary>The caller's role on the service.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>A service with its versions.</summary>
public sealed record Service
{
    /// <summary>The service's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The service's name.</summary>
    public string? Name { get; init; }

    /// <summary>The versions; today there is exactly one.</summary>
    public IReadOnlyList<ServiceDefinition>? ServiceDefinitions { get; init; }

    /// <summary>The caller's role on the service.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>A version of a service (the API calls it a service definition).</summary>
public sealed record ServiceDefinition
{
    /// <summary>The version's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The version label, for example "1.0.0".</summary>
    public string? Version { get; init; }

    /// <summary>The service's name.</summary>
    public string? Name { get; init; }

    /// <summary>The gateway context path.</summary>
    public string? Context { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The endpoint the gateway forwards to.</summary>
    public string? ProductionEndpoint { get; init; }

    /// <summary>The gateway endpoint subscribers call.</summary>
    public string? GatewayEndpoint { get; init; }

    /// <summary>How the service is run.</summary>
    public ServiceType? Type { get; init; }

    /// <summary>The pricing plans.</summary>
    public IReadOnlyList<PricingPlan>? PricingPlans { get; init; }

    /// <summary>The publication state.</summary>
    public ServiceLifecycle? Lifecycle { get; init; }

    /// <summary>The industries the version is tagged with.</summary>
    public IReadOnlyList<TaxonomyElement>? Industries { get; init; }

    /// <summary>The logo's URL.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>When the version was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the version was last changed.</summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>Who created the version.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Who last changed the version.</summary>
    public string? ModifiedBy { get; init; }

    /// <summary>The CPU, memory and GPU configuration.</summary>
    public IReadOnlyList<ResourceConfiguration>? Configurations { get; init; }

    /// <summary>The runtime configuration.</summary>
    public RuntimeConfiguration? RuntimeConfiguration { get; init; }

    /// <summary>Where the code comes from.</summary>
    public ServiceSource? Source { get; init; }

    /// <summary>The process definition of a workflow service.</summary>
    public string? ProcessDefinitionId { get; init; }

    /// <summary>The BPMN model of a workflow service.</summary>
    public string? WorkflowModel { get; init; }
}

/// <summary>One resource setting of a version: CPU, memory or GPU, told apart by <see cref="Type"/>.</summary>
public sealed record ResourceConfiguration
{
    /// <summary><c>CpuConfiguration</c>, <c>MemoryConfiguration</c> or <c>GpuConfiguration</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The amount, in <see cref="Unit"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The GPU type, for a GPU configuration.</summary>
    public GpuAccelerator? Accelerator { get; init; }
}

/// <summary>The runtime configuration of a version.</summary>
public sealed record RuntimeConfiguration
{
    /// <summary>The runtime.</summary>
    public ServiceRuntime? Runtime { get; init; }

    /// <summary>Environment variables passed to the service.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Whether provider tokens are injected.</summary>
    public bool? ApplyProviderTokens { get; init; }
}

/// <summary>Where a version's code comes from: <c>FileSource</c> or <c>RegistrySource</c>, told apart by <see cref="Type"/>.</summary>
public sealed record ServiceSource
{
    /// <summary><c>FileSource</c> or <c>RegistrySource</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The container image, for a registry source.</summary>
    public string? Image { get; init; }

    /// <summary>The image tag, for a registry source.</summary>
    public string? Tag { get; init; }

    /// <summary>The registry user, for a registry source.</summary>
    public string? Username { get; init; }

    /// <summary>The registry password, for a registry source; write-only. Never shown by <see cref="ToString"/>.</summary>
    [HubSecret]
    public string? Password { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"ServiceSource {{ Type = {Type}, Image = {Image}, Tag = {Tag}, Username = {Username}, Password = {(Password is null ? "" : "***")} }}";
}

/// <summary>The body of <c>PUT /services/{serviceId}/versions/{versionId}</c>.</summary>
public sealed record UpdateVersionRequest
{
    /// <summary>The new description.</summary>
    public string? Description { get; init; }

    /// <summary>The ids of the industries to tag the version with.</summary>
    public IReadOnlyList<string>? IndustryUuids { get; init; }

    /// <summary>The new source.</summary>
    public ServiceSource? Source { get; init; }
}

/// <summary>The body of <c>POST …/commands</c>.</summary>
public sealed record ServiceDefinitionCommand
{
    /// <summary>The command.</summary>
    public ServiceCommandType Type { get; init; }
}

/// <summary>The state of a version's latest build.</summary>
public sealed record BuildJob
{
    /// <summary>The build's state.</summary>
    public BuildStatus? Status { get; init; }

    /// <summary>The step the build is in.</summary>
    public BuildStep? Step { get; init; }

    /// <summary>When the build started.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the build ended.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The validation of the build's output.</summary>
    public ValidationResult? ValidationResult { get; init; }
}

/// <summary>The validation of a build's output.</summary>
public sealed record ValidationResult
{
    /// <summary>The outcome.</summary>
    public ValidationState? State { get; init; }

    /// <summary>One line on the outcome.</summary>
    public string? Summary { get; init; }

    /// <summary>The validator's messages.</summary>
    public IReadOnlyList<string>? Messages { get; init; }
}
