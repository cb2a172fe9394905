using Bogus;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceExecutions;

/// <summary>
/// One execution of a service: a tenant's own run (<see cref="TenantExecutionRecord"/>) or one made through a
/// subscription (held inside the subscription's row). Its status moves on the fake's clock: a PENDING one starts at
/// <see cref="StartsAt"/>, a RUNNING one ends at <see cref="EndsAt"/> with its <see cref="Outcome"/>. Nothing stores
/// the move; every read asks <see cref="At"/>, so a snapshot or reset brings an execution back with the clock.
/// </summary>
internal sealed record ExecutionRecord
{
    public string Id { get; init; } = string.Empty;

    public ExecutionStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>When a PENDING execution starts running; null once it has.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>When a PENDING or RUNNING execution ends; null once it has.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>How it ends: SUCCEEDED or FAILED.</summary>
    public ExecutionStatus? Outcome { get; init; }

    /// <summary>Whether the execution is over: SUCCEEDED, FAILED or CANCELLED (or a status the fake does not move).</summary>
    public bool HasEnded => Status != ExecutionStatus.Pending && Status != ExecutionStatus.Running;

    /// <summary>The execution as it stands at <paramref name="now"/>.</summary>
    public ExecutionRecord At(DateTimeOffset now)
    {
        var execution = this;
        if (execution.Status == ExecutionStatus.Pending && execution.StartsAt is { } start && start <= now)
        {
            execution = execution with { Status = ExecutionStatus.Running, StartedAt = start, StartsAt = null };
        }
        if (execution.Status == ExecutionStatus.Running && execution.EndsAt is { } end && end <= now && execution.Outcome is { } outcome)
        {
            execution = execution with { Status = outcome, EndedAt = end, EndsAt = null, Outcome = null };
        }
        return execution;
    }

    /// <summary>The execution cancelled at <paramref name="now"/>: it stays CANCELLED whatever the clock does.</summary>
    public ExecutionRecord CancelledAt(DateTimeOffset now) =>
        this with { Status = ExecutionStatus.Cancelled, EndedAt = now, StartsAt = null, EndsAt = null, Outcome = null };
}

/// <summary>An execution a tenant ran itself, of one of its own services or of a published one.</summary>
internal sealed record TenantExecutionRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public string ServiceId { get; init; } = string.Empty;

    public ExecutionRecord Run { get; init; } = new();
}

/// <summary>
/// When a seeded PENDING or RUNNING execution moves on: a PENDING one starts one to five minutes after the reference
/// date and runs five to ten minutes, a RUNNING one ends two to ten minutes after it; one in four ends FAILED.
/// Drawn from a stream of the execution's own (<see cref="StableSeed"/> on its id), never from a faker, so planning a
/// schedule changes no other seeded value.
/// </summary>
internal static class ExecutionSchedule
{
    public static ExecutionRecord Plan(ExecutionRecord execution, int seed, DateTimeOffset referenceDate)
    {
        if (execution.HasEnded)
        {
            return execution;
        }
        var draw = new Randomizer(StableSeed.For(seed, "ExecutionSchedule/" + execution.Id));
        var startsAt = execution.Status == ExecutionStatus.Pending ? referenceDate.AddSeconds(draw.Int(60, 300)) : (DateTimeOffset?)null;
        var endsAt = (startsAt ?? referenceDate).AddSeconds(draw.Int(startsAt is null ? 120 : 300, 600));
        var outcome = draw.Int(0, 3) == 0 ? ExecutionStatus.Failed : ExecutionStatus.Succeeded;
        return execution with { StartsAt = startsAt, EndsAt = endsAt, Outcome = outcome };
    }
}
