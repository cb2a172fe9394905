namespace KipuHub.Models;

/// <summary>Whether the tenant may use a feature, and the reasons when it may not.</summary>
public sealed record FeatureEligibility
{
    /// <summary>The feature, for example <c>PAID_EXECUTION</c>.</summary>
    public string? Feature { get; init; }

    /// <summary>Whether the tenant may use it.</summary>
    public bool Eligible { get; init; }

    /// <summary>Why not, one sentence each; empty when eligible.</summary>
    public IReadOnlyList<string>? Reasons { get; init; }

    /// <summary>The tenant's account type: <c>BASIC</c>, <c>PRO</c> or <c>BUSINESS</c>.</summary>
    public string? AccountType { get; init; }
}
