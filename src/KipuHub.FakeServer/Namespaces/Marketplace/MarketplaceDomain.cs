using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Marketplace;

/// <summary>Listings: every PUBLISHED service, under a listing id of its own, seen by every caller.</summary>
internal static class MarketplaceDomain
{
    /// <summary>Every PUBLISHED service of every tenant, by name.</summary>
    public static IReadOnlyList<ApiOverview> List(FakeHubStore store)
    {
        using var read = store.Reading();
        var tenants = store.Table(Tenancy.Tenants);
        return [.. store.Table(ServicesModule.Services).Rows
            .Where(s => s.Version.Lifecycle == ServiceLifecycle.Published)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.ListingId, StringComparer.Ordinal)
            .Select(s => new ApiOverview
            {
                Id = s.ListingId,
                ServiceId = s.Id,
                Name = s.Name,
                Provider = tenants.Find(s.TenantId)!.DisplayName,
                Type = s.Type,
                ServiceType = s.Type,
                Lifecycle = s.Version.Lifecycle,
                Industries = ServicesDomain.Industries(store, s.Version.IndustryIds),
                PricingCategory = s.PricingCategory,
                PricingPlanType = s.PricingCategory,
                Rating = s.Rating,
                LogoUrl = s.LogoUrl,
                IsFeatured = s.IsFeatured,
            })];
    }

    /// <summary>A listing by its listing id (not the service id); only PUBLISHED services have one.</summary>
    public static Result<Api> Get(FakeHubStore store, string listingId)
    {
        using var read = store.Reading();
        var found = Find(store, listingId);
        return found.Failure ?? (Result<Api>)Dto(store, found.Value!);
    }

    /// <summary>The listing's logo, a PNG drawn from the service id.</summary>
    public static Result<(byte[] Bytes, string ContentType, string? FileName)> Logo(FakeHubStore store, string listingId)
    {
        using var read = store.Reading();
        var found = Find(store, listingId);
        return found.Failure ?? (Result<(byte[], string, string?)>)(ListingLogo.For(found.Value!.Id), "image/png", found.Value.Version.Context.Trim('/') + ".png");
    }

    /// <summary>The OpenAPI document of the listing's service, as its provider sees it.</summary>
    public static Result<string> ApiSpec(FakeHubStore store, string listingId)
    {
        using var read = store.Reading();
        var found = Find(store, listingId);
        return found.Failure ?? (Result<string>)ServiceArtifacts.ApiSpecOf(found.Value!);
    }

    private static Result<ServiceRecord> Find(FakeHubStore store, string listingId)
    {
        var service = store.Table(ServicesModule.Services).Rows
            .FirstOrDefault(s => s.ListingId == listingId && s.Version.Lifecycle == ServiceLifecycle.Published);
        return service is null
            ? Failure.NotFound($"No marketplace listing '{Echo.Of(listingId)}'. GET /v2/apis lists them; a listing id is not a service id.")
            : service;
    }

    /// <summary>A service as a listing. Callers hold the lock.</summary>
    internal static Api Dto(FakeHubStore store, ServiceRecord service) => new()
    {
        Id = service.ListingId,
        ServiceId = service.Id,
        Name = service.Name,
        Context = service.Version.Context,
        Version = service.Version.Label,
        Description = service.Version.Description,
        GatewayEndpoint = service.Version.GatewayEndpoint,
        PricingPlans = [.. service.Version.PricingPlans],
        PricingCategory = service.PricingCategory,
        Industries = ServicesDomain.Industries(store, service.Version.IndustryIds),
        Provider = store.Table(Tenancy.Tenants).Find(service.TenantId)!.DisplayName,
        Lifecycle = service.Version.Lifecycle,
        ServiceType = service.Type,
        Rating = service.Rating,
        IsFeatured = service.IsFeatured,
    };
}
