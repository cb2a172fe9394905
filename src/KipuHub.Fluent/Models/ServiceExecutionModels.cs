namespace KipuHub.Models;

/// <summary>
/// What a service execution used, derived from its times: for one still running, what it used so far. Figures of a
/// PENDING execution are zero.
/// </summary>
public sealed record ExecutionMetrics
{
    /// <summary>The execution's id.</summary>
    public string ExecutionId { get; init; } = string.Empty;

    /// <summary>The execution's state when the figures were taken.</summary>
    public ExecutionStatus? Status { get; init; }

    /// <summary>Milliseconds from its start to its end, or to now while it runs.</summary>
    public long? DurationMs { get; init; }

    /// <summary>CPU time used, in seconds.</summary>
    public double? CpuSeconds { get; init; }

    /// <summary>The highest memory use, in megabytes.</summary>
    public int? MemoryPeakMegabytes { get; init; }

    /// <summary>Quantum jobs submitted.</summary>
    public int? QuantumJobs { get; init; }

    /// <summary>Shots over all quantum jobs.</summary>
    public long? QuantumShots { get; init; }
}
