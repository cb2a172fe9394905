using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>eligibility</c> namespace: which features the tenant may use, by its account type and balance.</summary>
public sealed class EligibilityQuery : HubQuery<EligibilityQuery>
{
    internal EligibilityQuery(QueryState state)
        : base(state)
    {
    }

    /// <summary>Every feature and whether the tenant may use it.</summary>
    [HubOperation(nameof(HubCatalog.EligibilityList))]
    public HubArrayQuery<FeatureEligibility> All() =>
        new(State, HubCatalog.EligibilityList, [], EligibilityJsonContext.Default.IReadOnlyListFeatureEligibility);

    /// <summary>A command that tells whether the tenant may use one feature.</summary>
    /// <param name="feature">The feature, for example <c>PAID_EXECUTION</c>.</param>
    [HubOperation(nameof(HubCatalog.EligibilityGet))]
    public HubCommand<FeatureEligibility> Get(string feature) =>
        Json(Call(HubCatalog.EligibilityGet, feature), EligibilityJsonContext.Default.FeatureEligibility);

    /// <summary>Tells whether the tenant may use one feature; an unknown feature raises a not-found error listing the known ones.</summary>
    /// <param name="feature">The feature, for example <c>PAID_EXECUTION</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.EligibilityGet))]
    public Task<FeatureEligibility> GetAsync(string feature, CancellationToken cancellationToken = default) =>
        Get(feature).SendAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => "Eligibility (/eligibility)";

    private protected override EligibilityQuery With(QueryState state) => new(state);
}
