using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceJobs;

/// <summary>
/// A job of a tenant: one run of one of its service versions. The row stores when the run starts and ends and how it
/// ends; the status is computed from those times at every read (<see cref="At"/>), so a job moves on the fake's
/// clock without timers. Only a cancel changes the row after its creation.
/// </summary>
internal sealed record JobRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    /// <summary>The service the version belongs to; the job is deleted with it.</summary>
    public string ServiceId { get; init; } = string.Empty;

    public string VersionId { get; init; } = string.Empty;

    public string? InputData { get; init; }

    public DataPoolRef? InputDataRef { get; init; }

    public string? Parameters { get; init; }

    public DataPoolRef? ParametersRef { get; init; }

    public bool PersistResult { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the job leaves PENDING for RUNNING.</summary>
    public DateTimeOffset StartsAt { get; init; }

    /// <summary>When the run ends, SUCCEEDED or FAILED as <see cref="Fails"/> says.</summary>
    public DateTimeOffset EndsAt { get; init; }

    public bool Fails { get; init; }

    /// <summary>When the job was cancelled; null unless it was.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    /// <summary>The job as it stands at <paramref name="now"/>.</summary>
    public JobState At(DateTimeOffset now)
    {
        if (CancelledAt is { } cancelled)
        {
            return new(ExecutionStatus.Cancelled, StartsAt <= cancelled ? StartsAt : null, cancelled);
        }
        return now < StartsAt ? new(ExecutionStatus.Pending, null, null)
            : now < EndsAt ? new(ExecutionStatus.Running, StartsAt, null)
            : new(Fails ? ExecutionStatus.Failed : ExecutionStatus.Succeeded, StartsAt, EndsAt);
    }
}

/// <summary>A job's status at one moment, with the times that status has reached.</summary>
internal readonly record struct JobState(ExecutionStatus Status, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt)
{
    public bool IsFinal => Status == ExecutionStatus.Succeeded || Status == ExecutionStatus.Failed || Status == ExecutionStatus.Cancelled;

    /// <summary>How long the job ran, in whole seconds (zero if it never started).</summary>
    public long RunSeconds => StartedAt is { } start && EndedAt is { } end && end > start ? (long)(end - start).TotalSeconds : 0;
}
