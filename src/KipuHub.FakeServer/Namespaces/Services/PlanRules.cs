using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>What a new pricing plan of an external service must be, and how plans change a version and its listing.</summary>
internal static class PlanRules
{
    public const int MaxPlans = 10;
    public const int MaxProducts = 20;
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>Null for FREE or COMMERCIAL, the only plan types; else a failure naming them.</summary>
    public static Failure? TypeProblem(PricingPlanType? type) =>
        type is { } known && (known == PricingPlanType.Free || known == PricingPlanType.Commercial)
            ? null
            : Failure.Invalid($"The pricing plan needs a 'type': FREE or COMMERCIAL{(type is { } t ? $"; got '{Echo.Of(t.Value)}'" : "")}.");

    public static Failure? Problem(CreateExternalServicePricingPlanRequest request, int existing)
    {
        if (TypeProblem(request.Type) is { } badType)
        {
            return badType;
        }
        var type = request.Type!.Value;
        var products = request.Products ?? [];
        if (type == PricingPlanType.Commercial && products.Count == 0)
        {
            return Failure.Invalid("A COMMERCIAL plan needs at least one product in 'products' ({name, unitLabel, amountMajor}).");
        }
        if (products.Count > MaxProducts)
        {
            return Failure.Invalid($"A plan has at most {MaxProducts} products; got {products.Count}.");
        }
        foreach (var product in products)
        {
            if (product is null)
            {
                return Failure.Invalid("A product must be an object, not null.");
            }
            if (Validation.Name(product.Name, "product") is { } badName)
            {
                return badName;
            }
            if (product.AmountMajor is not { } amount || amount < 0 || amount > MaxAmount)
            {
                return Failure.Invalid($"Product '{Echo.Of(product.Name)}' needs an 'amountMajor' from 0 to {MaxAmount} (EUR per unit).");
            }
            if (type == PricingPlanType.Free && amount != 0)
            {
                return Failure.Invalid($"Product '{Echo.Of(product.Name)}' of a FREE plan costs {amount}; every product of a FREE plan has amountMajor 0.");
            }
            if (product.UnitLabel is { Length: > 64 })
            {
                return Failure.Invalid($"Product '{Echo.Of(product.Name)}' has a 'unitLabel' of {product.UnitLabel.Length} characters; at most 64 are allowed.");
            }
        }
        return existing >= MaxPlans
            ? Failure.Conflict($"The version has {existing} pricing plans already; at most {MaxPlans} are allowed. Delete one first.")
            : null;
    }

    /// <summary>The service with its version's plans replaced; the listing's category follows them.</summary>
    public static ServiceRecord WithPlans(ServiceRecord service, IReadOnlyList<PricingPlan> plans, Caller caller, DateTimeOffset now) => service with
    {
        PricingCategory = ServicePricing.CategoryOf(plans),
        Version = service.Version with { PricingPlans = plans, ModifiedAt = now, ModifiedBy = caller.Username },
    };

    /// <summary>
    /// Removes a plan from the version <paramref name="find"/> yields (the caller's, of the right kind), or fails with
    /// nothing changed: the not-found of the version, or of a plan it does not have.
    /// </summary>
    public static Failure? Delete(FakeHubStore store, Caller caller, string versionId, string planId, Func<Result<ServiceRecord>> find)
    {
        using var write = store.Writing();
        var found = find();
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var service = found.Value!;
        if (service.Version.PricingPlans.All(p => p.Id != planId))
        {
            return write.Commit(Failure.NotFound($"Version '{Echo.Of(versionId)}' has no pricing plan '{Echo.Of(planId)}'. GET /services/{service.Id}/versions/{versionId} lists its plans."));
        }
        store.Table(ServicesModule.Services).Replace(WithPlans(service, [.. service.Version.PricingPlans.Where(p => p.Id != planId)], caller, store.Tick()));
        return write.Commit();
    }
}
