using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>A tenant's balance as of now: every credit granted minus every charge, in EUR.</summary>
public sealed record Balance
{
    /// <summary>Credits granted minus charges; negative when the tenant used more than it was granted.</summary>
    public decimal Amount { get; init; }

    /// <summary>The currency, <c>EUR</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>Every credit granted so far.</summary>
    public decimal Credits { get; init; }

    /// <summary>Every charge so far: the sum of the tenant's usage entries.</summary>
    public decimal Charges { get; init; }

    /// <summary>The moment the figures hold for (the server's now).</summary>
    public DateTimeOffset? AsOf { get; init; }
}

/// <summary>A credit granted to a tenant.</summary>
public sealed record Credit
{
    /// <summary>The credit's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The amount granted.</summary>
    public decimal Amount { get; init; }

    /// <summary>The currency, <c>EUR</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>Why it was granted.</summary>
    public string? Description { get; init; }

    /// <summary>When it was granted.</summary>
    public DateTimeOffset? GrantedAt { get; init; }
}

/// <summary>A monthly spending limit of a tenant, over all its usage or one service's.</summary>
public sealed record Budget
{
    /// <summary>The budget's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The budget's name.</summary>
    public string? Name { get; init; }

    /// <summary>The monthly limit.</summary>
    public decimal Amount { get; init; }

    /// <summary>The currency, <c>EUR</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>The service whose usage counts against the budget; null for all usage.</summary>
    public string? ServiceId { get; init; }

    /// <summary>What was spent against the budget in the current calendar month (UTC).</summary>
    public decimal Spent { get; init; }

    /// <summary>When this month's spending went above the limit; null while it has not.</summary>
    public DateTimeOffset? PassedAt { get; init; }

    /// <summary>When the budget was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }
}

/// <summary>The body of <c>POST /billing/budgets</c> and <c>PUT /billing/budgets/{id}</c>.</summary>
public sealed record BudgetRequest
{
    /// <summary>The name; required, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The monthly limit in EUR; required, more than 0, at most 1,000,000, at most two decimals.</summary>
    public decimal? Amount { get; init; }

    /// <summary>A service the budget is limited to (one of the tenant's own or a published one); null for all usage.</summary>
    public string? ServiceId { get; init; }
}

/// <summary>One thing a tenant paid for: a finished job, a paid execution, a metered use or a quantum workload.</summary>
public sealed record UsageEntry
{
    /// <summary>The entry's id (its kind and the id of what it charges for).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>When the usage was charged.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The amount, rounded to the cent.</summary>
    public decimal Amount { get; init; }

    /// <summary>The currency, <c>EUR</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>What kind of usage it charges for.</summary>
    public UsageSourceKind? SourceKind { get; init; }

    /// <summary>The id of the job, execution, metering event or quantum workload.</summary>
    public string? SourceId { get; init; }

    /// <summary>The service it was for; null for a quantum workload.</summary>
    public string? ServiceId { get; init; }

    /// <summary>A label: the service's name, or the quantum backend.</summary>
    public string? Description { get; init; }
}

/// <summary>What a usage entry charges for. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<UsageSourceKind>))]
public readonly record struct UsageSourceKind(string Value) : IHubEnum<UsageSourceKind>
{
    /// <summary><c>SERVICE_JOB</c>: the compute of a finished job.</summary>
    public static UsageSourceKind ServiceJob { get; } = new("SERVICE_JOB");

    /// <summary><c>SERVICE_EXECUTION</c>: a paid execution of another tenant's service.</summary>
    public static UsageSourceKind ServiceExecution { get; } = new("SERVICE_EXECUTION");

    /// <summary><c>METERING</c>: a metered use of a product of an external service.</summary>
    public static UsageSourceKind Metering { get; } = new("METERING");

    /// <summary><c>QUANTUM_WORKLOAD</c>: the shots of a quantum workload.</summary>
    public static UsageSourceKind QuantumWorkload { get; } = new("QUANTUM_WORKLOAD");

    /// <inheritdoc />
    public static UsageSourceKind FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>The tenant's usage between two times, summed by service or by day.</summary>
public sealed record CostReport
{
    /// <summary>The start of the period (inclusive).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>The end of the period (exclusive).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>How the groups are formed: <c>SERVICE</c> or <c>DAY</c>.</summary>
    public string? GroupBy { get; init; }

    /// <summary>The sum of every group.</summary>
    public decimal Total { get; init; }

    /// <summary>The currency, <c>EUR</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>The groups, by key.</summary>
    public IReadOnlyList<CostReportGroup>? Groups { get; init; }
}

/// <summary>One group of a cost report.</summary>
public sealed record CostReportGroup
{
    /// <summary>The service id (<c>QUANTUM_WORKLOADS</c> for quantum workloads), or the day as <c>yyyy-MM-dd</c>.</summary>
    public string? Key { get; init; }

    /// <summary>The service's name or the day.</summary>
    public string? Name { get; init; }

    /// <summary>The group's sum.</summary>
    public decimal Amount { get; init; }

    /// <summary>How many usage entries it sums.</summary>
    public int Entries { get; init; }
}

/// <summary>The 2024 dashboard figure of one month: a total, in groups of products.</summary>
public sealed record MonthAmount
{
    /// <summary>The year.</summary>
    public int Year { get; init; }

    /// <summary>The month, 1 to 12.</summary>
    public int Month { get; init; }

    /// <summary>The month's total.</summary>
    public AmountMajor? AmountMajor { get; init; }

    /// <summary>The total in groups.</summary>
    public IReadOnlyList<ProductGroup>? Groups { get; init; }
}

/// <summary>An amount in the currency's major unit.</summary>
public sealed record AmountMajor
{
    /// <summary>The amount.</summary>
    public decimal Value { get; init; }

    /// <summary>The currency, <c>EUR</c>.</summary>
    public string? Currency { get; init; }
}

/// <summary>A group of a month's figure, with the products it sums.</summary>
public sealed record ProductGroup
{
    /// <summary>The group's name.</summary>
    public string? Name { get; init; }

    /// <summary>The group's sum.</summary>
    public AmountMajor? AmountMajor { get; init; }

    /// <summary>The products of the group.</summary>
    public IReadOnlyList<ProductAmount>? Products { get; init; }
}

/// <summary>One product's part of a month's figure.</summary>
public sealed record ProductAmount
{
    /// <summary>The product's name.</summary>
    public string? Name { get; init; }

    /// <summary>Its sum.</summary>
    public AmountMajor? AmountMajor { get; init; }
}
