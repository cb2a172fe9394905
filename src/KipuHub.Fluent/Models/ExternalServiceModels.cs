using KipuHub.Contract;

namespace KipuHub.Models;

/// <summary>What <c>POST /v2/external-services</c> is told about an external API; sent as query parameters.</summary>
public sealed record CreateExternalServiceRequest
{
    /// <summary>The service's name, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The absolute http(s) URL the gateway forwards calls to.</summary>
    public string? Url { get; init; }

    /// <summary>The description, at most 10,000 characters.</summary>
    public string? Description { get; init; }

    /// <summary><c>NONE</c> or <c>BASIC</c> (the gateway then sends <see cref="Username"/> and <see cref="Password"/>). <value>Default: <c>NONE</c>.</value></summary>
    public string? SecurityConfiguration { get; init; }

    /// <summary>The user the gateway authenticates as, for <c>BASIC</c>.</summary>
    public string? Username { get; init; }

    /// <summary>The password the gateway authenticates with, for <c>BASIC</c>; write-only. Never shown by <see cref="ToString"/>.</summary>
    [HubSecret]
    public string? Password { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"CreateExternalServiceRequest {{ Name = {Name}, Url = {Url}, SecurityConfiguration = {SecurityConfiguration}, Username = {Username}, Password = {(Password is null ? "" : "***")} }}";
}

/// <summary>The body of <c>POST /external-services/{serviceId}/versions/{versionId}/pricing-plans</c>.</summary>
public sealed record CreateExternalServicePricingPlanRequest
{
    /// <summary><c>FREE</c> or <c>COMMERCIAL</c>.</summary>
    public PricingPlanType? Type { get; init; }

    /// <summary>The products the plan charges for; a commercial plan needs at least one.</summary>
    public IReadOnlyList<CreateProductRequest>? Products { get; init; }
}

/// <summary>A product of a new pricing plan of an external service.</summary>
public sealed record CreateProductRequest
{
    /// <summary>The product's name, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The unit the price is per, for example "call".</summary>
    public string? UnitLabel { get; init; }

    /// <summary>The price per unit in EUR, from 0 to 1,000,000; 0 in a free plan.</summary>
    public decimal? AmountMajor { get; init; }
}

/// <summary>The body of <c>POST /external-services/metering</c>: units of a product an external service used.</summary>
public sealed record MeteringRequest
{
    /// <summary>The caller's id for this use; sending the same id again records nothing new.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The product's id, from the service's pricing plans.</summary>
    public string? ProductId { get; init; }

    /// <summary>How many units, more than 0 and at most 1,000,000.</summary>
    public decimal? Count { get; init; }
}

/// <summary>What <c>POST /external-services/metering</c> recorded.</summary>
public sealed record MeteringResponse
{
    /// <summary>Whether the use was recorded in test mode (the service is not publicly published), so nobody is charged.</summary>
    public bool? TestMode { get; init; }

    /// <summary>How many units were recorded.</summary>
    public decimal? Count { get; init; }

    /// <summary>The product's id.</summary>
    public string? ProductId { get; init; }

    /// <summary>The correlation id sent.</summary>
    public string? CorrelationId { get; init; }
}
