namespace KipuHub.Models;

/// <summary>What <c>POST /v2/managed-services</c> is told about a new managed service; sent as query parameters.</summary>
public sealed record CreateManagedServiceRequest
{
    /// <summary>The service's name, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The description, at most 10,000 characters.</summary>
    public string? Description { get; init; }

    /// <summary>CPU in milliCPUs, 1 to 64,000. <value>Default: 500.</value></summary>
    public int? MilliCpus { get; init; }

    /// <summary>Memory in megabytes, 1 to 262,144. <value>Default: 2048.</value></summary>
    public int? MemoryInMegabytes { get; init; }

    /// <summary>How the code runs. <value>Default: <c>PYTHON_TEMPLATE</c>.</value></summary>
    public ServiceRuntime? Runtime { get; init; }

    /// <summary>GPUs, 0 to 8. <value>Default: 0.</value></summary>
    public int? GpuCount { get; init; }

    /// <summary>The GPU type; <c>NONE</c> exactly when <see cref="GpuCount"/> is 0. <value>Default: <c>NONE</c>.</value></summary>
    public GpuAccelerator? GpuAccelerator { get; init; }
}

/// <summary>The body of <c>POST /managed-services/{serviceId}/versions/{versionId}/pricing-plans</c>.</summary>
public sealed record CreateManagedServicePricingPlanRequest
{
    /// <summary><c>FREE</c> or <c>COMMERCIAL</c>.</summary>
    public PricingPlanType? Type { get; init; }

    /// <summary>The profit on top of the platform's price, in percent, 0 to 1,000; a free plan has none.</summary>
    public decimal? ProfitPercentage { get; init; }

    /// <summary>The platform's products the plan charges for; a commercial plan needs at least one, a free one none.</summary>
    public IReadOnlyList<ProductType>? ChargedProducts { get; init; }
}
