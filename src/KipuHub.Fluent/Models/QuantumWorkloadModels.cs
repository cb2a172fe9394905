namespace KipuHub.Models;

/// <summary>A quantum job of one of the caller's accounts, run on a quantum backend (a simulator or a QPU).</summary>
public sealed record QuantumWorkload
{
    /// <summary>The workload's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The account (organization, or the caller's personal account) that ran it.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The account's name.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The backend, for example <c>ibm_brisbane</c> or <c>ionq_simulator</c>.</summary>
    public string? Backend { get; init; }

    /// <summary>The backend's provider: <c>IBM</c>, <c>IONQ</c> or <c>AQT</c>.</summary>
    public string? Provider { get; init; }

    /// <summary>How many shots it ran.</summary>
    public int Shots { get; init; }

    /// <summary>How it ended.</summary>
    public ExecutionStatus? Status { get; init; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>What it cost (shots times the backend's price, to the cent); absent unless the caller is OWNER of the account.</summary>
    public decimal? Cost { get; init; }

    /// <summary>The currency, <c>EUR</c>; absent with the cost.</summary>
    public string? Currency { get; init; }
}

/// <summary>Totals of the caller's quantum workloads per account and backend.</summary>
public sealed record QuantumWorkloadSummary
{
    /// <summary>The start of the period (inclusive), if one was asked for.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>The end of the period (exclusive), if one was asked for.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>One total per account and backend.</summary>
    public IReadOnlyList<QuantumWorkloadTotal>? Totals { get; init; }
}

/// <summary>The workloads of one account on one backend.</summary>
public sealed record QuantumWorkloadTotal
{
    /// <summary>The account's id.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The account's name.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The backend.</summary>
    public string? Backend { get; init; }

    /// <summary>How many workloads.</summary>
    public int Workloads { get; init; }

    /// <summary>Their shots together.</summary>
    public long Shots { get; init; }

    /// <summary>Their cost together; absent unless the caller is OWNER of the account.</summary>
    public decimal? Cost { get; init; }
}
