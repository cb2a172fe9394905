using KipuHub.Contract;

namespace KipuHub.Models;

/// <summary>A job in a list: one run of a service version of the tenant, without its input and result.</summary>
public sealed record JobOverview
{
    /// <summary>The job's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The job's state; filter with <c>Where(j =&gt; j.Status == ExecutionStatus.Running)</c>.</summary>
    public ExecutionStatus? Status { get; init; }

    /// <summary>When the job was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it started running.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended (succeeded, failed or was cancelled).</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The service version the job runs.</summary>
    public ServiceDefinitionOverview? ServiceDefinition { get; init; }
}

/// <summary>A job: one run of a service version of the tenant, with its input and, once it succeeded, its result.</summary>
public sealed record Job
{
    /// <summary>The job's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The job's state.</summary>
    public ExecutionStatus? Status { get; init; }

    /// <summary>The input, as JSON text.</summary>
    public string? InputData { get; init; }

    /// <summary>The input, as a file of a data pool.</summary>
    public DataPoolRef? InputDataRef { get; init; }

    /// <summary>The parameters, as JSON text.</summary>
    public string? Parameters { get; init; }

    /// <summary>The parameters, as a file of a data pool.</summary>
    public DataPoolRef? ParametersRef { get; init; }

    /// <summary>The result, as JSON text; only once the job succeeded.</summary>
    public string? Result { get; init; }

    /// <summary>When the job was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it started running.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended (succeeded, failed or was cancelled).</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Whether the result is kept in a data pool.</summary>
    public bool? PersistResult { get; init; }

    /// <summary>The data pool the result is kept in, when <see cref="PersistResult"/> is set.</summary>
    public string? ResultDataPoolId { get; init; }

    /// <summary>The service version the job runs.</summary>
    public ServiceDefinitionOverview? ServiceDefinition { get; init; }
}

/// <summary>The body of <c>POST /service-jobs</c>: which version to run, and its input.</summary>
public sealed record CreateJobRequest
{
    /// <summary>The service version to run, one of the tenant's own; required.</summary>
    public string? ServiceDefinitionId { get; init; }

    /// <summary>The input, as JSON text (up to the 1 MiB of the request body).</summary>
    [HubJsonText]
    public string? InputData { get; init; }

    /// <summary>The input, as a file of a data pool.</summary>
    public DataPoolRef? InputDataRef { get; init; }

    /// <summary>The parameters, as JSON text.</summary>
    [HubJsonText]
    public string? Parameters { get; init; }

    /// <summary>The parameters, as a file of a data pool.</summary>
    public DataPoolRef? ParametersRef { get; init; }

    /// <summary>Whether to keep the result in a data pool.</summary>
    public bool? PersistResult { get; init; }
}

/// <summary>A file of a data pool, named as the input or parameters of a job.</summary>
public sealed record DataPoolRef
{
    /// <summary>The data pool's id.</summary>
    public string? DataPoolId { get; init; }

    /// <summary>The data source descriptor's id.</summary>
    public string? DataSourceDescriptorId { get; init; }

    /// <summary>The file's id.</summary>
    public string? FileId { get; init; }
}

/// <summary>A service version in short, as a job names it.</summary>
public sealed record ServiceDefinitionOverview
{
    /// <summary>The version's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The service's name.</summary>
    public string? Name { get; init; }

    /// <summary>The service's id.</summary>
    public string? ServiceId { get; init; }

    /// <summary>The kind of service.</summary>
    public ServiceType? Type { get; init; }

    /// <summary>The version's lifecycle.</summary>
    public ServiceLifecycle? Lifecycle { get; init; }

    /// <summary>Whether the service has been deleted since.</summary>
    public bool? IsDeleted { get; init; }
}
