namespace KipuHub.Models;

/// <summary>A subscription of an application to a service.</summary>
public sealed record Subscription
{
    /// <summary>The subscription's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The subscribing application.</summary>
    public Application? Application { get; init; }

    /// <summary>The subscribed service, as a marketplace listing.</summary>
    public Api? Api { get; init; }

    /// <summary>The pricing plan subscribed to.</summary>
    public PricingPlan? PricingPlan { get; init; }

    /// <summary>Whether execution logs can be read.</summary>
    public bool? LogsAvailable { get; init; }
}

/// <summary>The body of <c>POST /subscriptions</c>.</summary>
public sealed record CreateSubscriptionRequest
{
    /// <summary>The service to subscribe to; required.</summary>
    public string? ServiceId { get; init; }

    /// <summary>The subscribing application; required.</summary>
    public string? ApplicationId { get; init; }
}

/// <summary>
/// An execution of a service: run by its tenant directly, or through a subscription. A subscription's list of executions
/// answers only the first five fields; <c>/service-executions</c> also names the service and, where one was used, the
/// application and subscription.
/// </summary>
public sealed record ServiceExecution
{
    /// <summary>The execution's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The execution's state.</summary>
    public ExecutionStatus? Status { get; init; }

    /// <summary>When the execution was requested.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it started running.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The service that ran; filter with <c>Where(e =&gt; e.ServiceId == id)</c>.</summary>
    public string? ServiceId { get; init; }

    /// <summary>The version of the service that ran.</summary>
    public string? ServiceDefinitionId { get; init; }

    /// <summary>The application it ran through, when it ran through a subscription.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>The subscription it ran through, if any.</summary>
    public string? SubscriptionId { get; init; }
}
