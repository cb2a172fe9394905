namespace KipuHub.Models;

/// <summary>A node of a taxonomy (industries, licenses, problem types).</summary>
public sealed record TaxonomyElement
{
    /// <summary>The element's id.</summary>
    public string? Uuid { get; init; }

    /// <summary>The display label.</summary>
    public string? Label { get; init; }

    /// <summary>Child elements.</summary>
    public IReadOnlyList<TaxonomyElement>? Children { get; init; }
}

/// <summary>A pricing plan of a service version.</summary>
public sealed record PricingPlan
{
    /// <summary>The plan's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Whether the plan charges.</summary>
    public PricingPlanType? Type { get; init; }

    /// <summary>The products the plan charges for.</summary>
    public IReadOnlyList<Product>? Products { get; init; }
}

/// <summary>A billable product of a pricing plan.</summary>
public sealed record Product
{
    /// <summary>The product's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The product's name.</summary>
    public string? Name { get; init; }

    /// <summary>The unit the price is per, for example "call".</summary>
    public string? UnitLabel { get; init; }

    /// <summary>The price per unit, in major currency units.</summary>
    public decimal? AmountMajor { get; init; }

    /// <summary>The ISO currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>What the product measures.</summary>
    public ProductType? Type { get; init; }
}

/// <summary>Recorded use of a product with its price: a metering event of an external service, or a line of a job's costs.</summary>
public sealed record ProductUsage
{
    /// <summary>When the use was recorded.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The product's name.</summary>
    public string? ProductName { get; init; }

    /// <summary>The product's id.</summary>
    public string? ProductId { get; init; }

    /// <summary>The price per unit, in major currency units.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>The ISO currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>How many units were used.</summary>
    public decimal? Count { get; init; }
}
