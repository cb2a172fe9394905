using System.Security.Cryptography;
using System.Text;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ExternalServices;

/// <summary>
/// External services: an API at a URL of its owner, described by its OpenAPI document, reached through the gateway
/// (with Basic credentials if it needs them), priced by plans of products its owner names, and metered by its owner.
/// There is nothing to build, so a new one can be published at once.
/// </summary>
internal static class ExternalServicesDomain
{
    private const int MaxUrlLength = 2048;

    public static Result<Service> Create(FakeHubStore store, Caller caller, CreateExternalServiceRequest request, byte[] apiDefinition)
    {
        if (CreateProblem(request) is { } problem)
        {
            return problem;
        }
        if (ServiceArtifacts.ApiSpecProblem(apiDefinition, out var spec) is { } badSpec)
        {
            return Failure.Invalid(badSpec.Replace("api-spec", "apiDefinition", StringComparison.Ordinal));
        }
        using var write = store.Writing();
        var service = ServiceCreation.New(store, caller, ServiceType.External, request.Name!, request.Description, store.Tick());
        service = service with
        {
            Version = service.Version with
            {
                ProductionEndpoint = request.Url!,
                ApiSpec = spec,
                Source = new ServiceSource(),
                // Only a hash: the gateway's password is write-only, and a snapshot or fingerprint never holds it.
                GatewayCredentialHash = request.Password is null ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Password))),
                GatewayUsername = request.Username,
            },
        };
        store.Table(ServicesModule.Services).Add(service);
        return write.Commit<Service>(ServicesDomain.Dto(store, service, caller));
    }

    public static Result<PricingPlan> CreatePlan(FakeHubStore store, Caller caller, string serviceId, string versionId, CreateExternalServicePricingPlanRequest request)
    {
        using var write = store.Writing();
        var found = FindExternal(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit<PricingPlan>(failure);
        }
        var service = found.Value!;
        if (PlanRules.Problem(request, service.Version.PricingPlans.Count) is { } problem)
        {
            return write.Commit<PricingPlan>(problem);
        }
        var plan = new PricingPlan
        {
            Id = store.NextId(),
            Type = request.Type,
            Products = [.. (request.Products ?? []).Select(p => new Product
            {
                Id = store.NextId(),
                Name = p.Name,
                UnitLabel = p.UnitLabel ?? "unit",
                AmountMajor = p.AmountMajor,
                Currency = "EUR",
                Type = ProductType.Custom,
            })],
        };
        store.Table(ServicesModule.Services).Replace(PlanRules.WithPlans(service, [.. service.Version.PricingPlans, plan], caller, store.Tick()));
        return write.Commit<PricingPlan>(plan);
    }

    public static Failure? DeletePlan(FakeHubStore store, Caller caller, string serviceId, string versionId, string planId) =>
        PlanRules.Delete(store, caller, versionId, planId, () => FindExternal(store, caller, serviceId, versionId));

    public static Result<IReadOnlyList<ProductUsage>> MeteringEvents(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = FindExternal(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return store.Table(ExternalServicesModule.MeteringEvents).Rows
            .Where(e => e.ServiceId == serviceId)
            .OrderBy(e => e.Timestamp).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new ProductUsage { Timestamp = e.Timestamp, ProductName = e.ProductName, ProductId = e.ProductId, UnitPrice = e.UnitPrice, Currency = e.Currency, Count = e.Count })
            .ToList();
    }

    /// <summary>
    /// Records a use of a product of an external service in a tenant where the caller is at least MAINTAINER. The same
    /// correlation id for the same product records nothing new and answers as the first time; with another count it is 409.
    /// </summary>
    public static Result<MeteringResponse> Meter(FakeHubStore store, Caller caller, MeteringRequest request)
    {
        if (MeteringProblem(request) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var owner = store.Table(ServicesModule.Services).Rows.FirstOrDefault(s => s.Type == ServiceType.External
            && s.Version.PricingPlans.Any(p => p.Products?.Any(product => product.Id == request.ProductId) == true)
            && MeteringRole(store, caller, s.TenantId) is not null);
        if (owner is null)
        {
            return write.Commit<MeteringResponse>(Failure.NotFound($"No product '{Echo.Of(request.ProductId)}' in the pricing plans of an external service you can meter " +
                "(one of a tenant where you are MAINTAINER or OWNER). GET /services/{serviceId}/versions/{versionId} lists a version's plans and their products."));
        }
        var role = MeteringRole(store, caller, owner.TenantId);
        if (role != PermissionRole.Maintainer && role != PermissionRole.Owner)
        {
            return write.Commit<MeteringResponse>(Failure.Denied($"Metering needs the MAINTAINER or OWNER role in the tenant of service '{owner.Id}'; you are VIEWER there."));
        }
        var events = store.Table(ExternalServicesModule.MeteringEvents);
        if (events.Rows.FirstOrDefault(e => e.ProductId == request.ProductId && e.CorrelationId == request.CorrelationId) is { } earlier)
        {
            return earlier.Count == request.Count
                ? write.Commit<MeteringResponse>(Response(earlier))
                : write.Commit<MeteringResponse>(Failure.Conflict($"Correlation id '{Echo.Of(request.CorrelationId)}' was already recorded for this product with count {earlier.Count}; " +
                    "a correlation id names one use. Send a new one for a new use."));
        }
        var product = owner.Version.PricingPlans.SelectMany(p => p.Products ?? []).First(p => p.Id == request.ProductId);
        var recorded = new MeteringEventRecord
        {
            Id = store.NextId(),
            ServiceId = owner.Id,
            ProductId = product.Id,
            ProductName = product.Name ?? string.Empty,
            UnitPrice = product.AmountMajor ?? 0,
            Currency = product.Currency ?? "EUR",
            CorrelationId = request.CorrelationId!,
            Count = request.Count!.Value,
            TestMode = owner.Version.Lifecycle != ServiceLifecycle.Published,
            Timestamp = store.Tick(),
        };
        events.Add(recorded);
        return write.Commit<MeteringResponse>(Response(recorded));
    }

    private static MeteringResponse Response(MeteringEventRecord e) =>
        new() { TestMode = e.TestMode, Count = e.Count, ProductId = e.ProductId, CorrelationId = e.CorrelationId };

    /// <summary>The caller's role in a tenant, whatever tenant the request names (metering is global).</summary>
    private static PermissionRole? MeteringRole(FakeHubStore store, Caller caller, string tenantId) => tenantId == caller.UserId
        ? PermissionRole.Owner
        : store.Table(Tenancy.Tenants).Find(tenantId)?.Members.FirstOrDefault(m => m.UserId == caller.UserId)?.Role;

    private static Failure? CreateProblem(CreateExternalServiceRequest request)
    {
        if ((Validation.Name(request.Name, "external service") ?? ServiceCreation.DescriptionProblem(request.Description)) is { } named)
        {
            return named;
        }
        if (string.IsNullOrWhiteSpace(request.Url))
        {
            return Failure.Invalid("The external service needs a 'url': the absolute http or https URL the gateway forwards calls to.");
        }
        if (request.Url.Length > MaxUrlLength || !Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Failure.Invalid($"The 'url' {Echo.Of(request.Url)} is not accepted: give an absolute http or https URL of at most {MaxUrlLength} characters.");
        }
        return (request.SecurityConfiguration ?? "NONE") switch
        {
            "NONE" when request.Username is not null || request.Password is not null =>
                Failure.Invalid("A 'username' or 'password' needs securityConfiguration=BASIC; with NONE the gateway sends no credentials."),
            "NONE" => null,
            "BASIC" when string.IsNullOrEmpty(request.Username) || string.IsNullOrEmpty(request.Password) =>
                Failure.Invalid("securityConfiguration=BASIC needs both a 'username' and a 'password'."),
            "BASIC" when request.Username!.Length > Validation.MaxNameLength || request.Password!.Length > Validation.MaxNameLength =>
                Failure.Invalid($"The 'username' and 'password' are at most {Validation.MaxNameLength} characters each."),
            "BASIC" => null,
            var other => Failure.Invalid($"Unknown securityConfiguration '{Echo.Of(other)}'. Accepted: NONE, BASIC."),
        };
    }

    private static Failure? MeteringProblem(MeteringRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.CorrelationId) || request.CorrelationId.Length > Validation.MaxNameLength)
        {
            return Failure.Invalid($"The metering request needs a 'correlationId' of 1 to {Validation.MaxNameLength} characters that names this use.");
        }
        if (string.IsNullOrWhiteSpace(request.ProductId))
        {
            return Failure.Invalid("The metering request needs a 'productId': a product of one of the service's pricing plans.");
        }
        return request.Count is not { } count || count <= 0 || count > 1_000_000
            ? Failure.Invalid($"The metering 'count' is more than 0 and at most 1000000; got {(request.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none")}.")
            : null;
    }

    /// <summary>The version, if the caller's tenant owns it and it belongs to an EXTERNAL service. Callers hold the lock.</summary>
    private static Result<ServiceRecord> FindExternal(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        return found.Failure is null && found.Value!.Type != ServiceType.External
            ? Failure.NotFound($"Service '{Echo.Of(serviceId)}' is a {found.Value.Type} service; /external-services/... serves EXTERNAL services only" +
                (found.Value.Type == ServiceType.Managed ? " (a managed service's plans are under /managed-services/...)." : "."))
            : found;
    }
}
