using KipuHub.FakeServer.Pipeline;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

internal sealed partial class FakeHubStore
{
    /// <summary>Every PUBLISHED service of every tenant, by name.</summary>
    public IReadOnlyList<ApiOverview> ListApis()
    {
        lock (_gate)
        {
            return [.. _services.Values
                .Where(s => s.Version.Lifecycle == ServiceLifecycle.Published)
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ThenBy(s => s.ListingId, StringComparer.Ordinal)
                .Select(s => new ApiOverview
                {
                    Id = s.ListingId,
                    ServiceId = s.Id,
                    Name = s.Name,
                    Provider = _tenants[s.TenantId].DisplayName,
                    Type = s.Type,
                    Lifecycle = s.Version.Lifecycle,
                    Industries = Industries(s.Version.IndustryIds),
                    PricingCategory = s.PricingCategory,
                    Rating = s.Rating,
                    LogoUrl = s.LogoUrl,
                    IsFeatured = s.IsFeatured,
                })];
        }
    }

    /// <summary>A listing by its listing id (not the service id); only PUBLISHED services have one.</summary>
    public Outcome<Api> GetApi(string listingId)
    {
        lock (_gate)
        {
            var service = _services.Values.FirstOrDefault(s => s.ListingId == listingId && s.Version.Lifecycle == ServiceLifecycle.Published);
            return service is null
                ? HubError.NotFound($"No marketplace listing '{listingId}'. GET /v2/apis lists them; a listing id is not a service id.")
                : ApiDto(service);
        }
    }

    private Api ApiDto(ServiceRecord service) => new()
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
        Industries = Industries(service.Version.IndustryIds),
        Provider = _tenants[service.TenantId].DisplayName,
        Lifecycle = service.Version.Lifecycle,
        ServiceType = service.Type,
        Rating = service.Rating,
        IsFeatured = service.IsFeatured,
    };
}
