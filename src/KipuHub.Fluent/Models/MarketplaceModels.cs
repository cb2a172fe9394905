namespace KipuHub.Models;

/// <summary>A publicly published service as listed in the marketplace.</summary>
public sealed record ApiOverview
{
    /// <summary>The listing's id (not the service id).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The service's id.</summary>
    public string? ServiceId { get; init; }

    /// <summary>The service's name.</summary>
    public string? Name { get; init; }

    /// <summary>The provider's display name.</summary>
    public string? Provider { get; init; }

    /// <summary>How the service is run (the 2024 name; <see cref="ServiceType"/> carries the same value).</summary>
    public ServiceType? Type { get; init; }

    /// <summary>How the service is run (today's name for <see cref="Type"/>).</summary>
    public ServiceType? ServiceType { get; init; }

    /// <summary>The publication state.</summary>
    public ServiceLifecycle? Lifecycle { get; init; }

    /// <summary>The industries the service is tagged with.</summary>
    public IReadOnlyList<TaxonomyElement>? Industries { get; init; }

    /// <summary>The pricing category (the 2024 name; <see cref="PricingPlanType"/> carries the same value).</summary>
    public PricingCategory? PricingCategory { get; init; }

    /// <summary>The pricing category (today's name for <see cref="PricingCategory"/>): FREE, FREEMIUM or COMMERCIAL.</summary>
    public PricingCategory? PricingPlanType { get; init; }

    /// <summary>The average rating.</summary>
    public decimal? Rating { get; init; }

    /// <summary>The logo's URL.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>Whether the hub features the listing.</summary>
    public bool? IsFeatured { get; init; }
}

/// <summary>A marketplace listing in detail.</summary>
public sealed record Api
{
    /// <summary>The listing's id (not the service id).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The service's id.</summary>
    public string? ServiceId { get; init; }

    /// <summary>The service's name.</summary>
    public string? Name { get; init; }

    /// <summary>The gateway context path.</summary>
    public string? Context { get; init; }

    /// <summary>The version label.</summary>
    public string? Version { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The gateway endpoint subscribers call.</summary>
    public string? GatewayEndpoint { get; init; }

    /// <summary>The pricing plans.</summary>
    public IReadOnlyList<PricingPlan>? PricingPlans { get; init; }

    /// <summary>The pricing category.</summary>
    public PricingCategory? PricingCategory { get; init; }

    /// <summary>The industries the service is tagged with.</summary>
    public IReadOnlyList<TaxonomyElement>? Industries { get; init; }

    /// <summary>The provider's display name.</summary>
    public string? Provider { get; init; }

    /// <summary>The publication state.</summary>
    public ServiceLifecycle? Lifecycle { get; init; }

    /// <summary>How the service is run (named <c>serviceType</c> here, <c>type</c> in the overview).</summary>
    public ServiceType? ServiceType { get; init; }

    /// <summary>The average rating.</summary>
    public decimal? Rating { get; init; }

    /// <summary>Whether the hub features the listing.</summary>
    public bool? IsFeatured { get; init; }
}
