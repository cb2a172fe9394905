using System.Globalization;
using KipuHub.FakeServer.Namespaces.ServiceExecutions;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Namespaces.Subscriptions;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ManagedServices;

/// <summary>
/// Managed services: created from a zip of code whose build starts at once (QUEUED, WORKING, then SUCCESS, or FAILURE
/// for an archive that is not a zip with files) with the resources the query names; priced by plans of the platform's
/// products with a profit on top; their provider sees every execution, whoever ran it.
/// </summary>
internal static class ManagedServicesDomain
{
    /// <summary>The platform's price per unit of the products a managed plan may charge, before the provider's profit.</summary>
    private static readonly Dictionary<ProductType, (decimal Price, string Unit)> s_platformPrices = new()
    {
        [ProductType.Api] = (0.001m, "call"),
        [ProductType.Cpu] = (0.0001m, "vCPU-second"),
        [ProductType.Memory] = (0.00002m, "GB-second"),
        [ProductType.GpuNvidiaT4] = (0.0008m, "GPU-second"),
        [ProductType.GpuNvidiaV100] = (0.0025m, "GPU-second"),
        [ProductType.Ionq1GateShot] = (0.0003m, "shot"),
        [ProductType.Ionq2GateShot] = (0.001m, "shot"),
    };

    public static Result<Service> Create(FakeHubStore store, Caller caller, ManagedSettings settings, byte[] userCode, string? userCodeName, byte[]? apiDefinition)
    {
        var (resources, runtime, problem) = Read(settings);
        if ((Validation.Name(settings.Name, "managed service") ?? ServiceCreation.DescriptionProblem(settings.Description) ?? problem) is { } failure)
        {
            return failure;
        }
        string? spec = null;
        if (apiDefinition is not null && ServiceArtifacts.ApiSpecProblem(apiDefinition, out spec) is { } badSpec)
        {
            return Failure.Invalid(badSpec.Replace("api-spec", "apiDefinition", StringComparison.Ordinal));
        }
        if (userCode.Length == 0)
        {
            return Failure.Invalid("The 'userCode' part is empty. Send the service's code as a zip archive.");
        }
        using var write = store.Writing();
        var now = store.Tick();
        var service = ServiceCreation.New(store, caller, ServiceType.Managed, settings.Name!, settings.Description, now, ServiceArtifacts.BuildFor(userCode, userCodeName, now));
        service = service with
        {
            Version = service.Version with
            {
                Configurations = resources,
                Runtime = new RuntimeConfiguration { Runtime = runtime, Environment = new Dictionary<string, string>(StringComparer.Ordinal), ApplyProviderTokens = false },
                SourceArchive = userCode,
                ApiSpec = spec,
            },
        };
        store.Table(ServicesModule.Services).Add(service);
        return write.Commit<Service>(ServicesDomain.Dto(store, service, caller));
    }

    /// <summary>Every execution of the version, by any tenant, directly or through a subscription; oldest first.</summary>
    public static Result<IReadOnlyList<ServiceExecution>> Executions(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = FindManaged(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        var now = store.Now;
        var runs = store.Table(ServiceExecutionsModule.Executions).Rows.Where(e => e.ServiceId == serviceId).Select(e => e.Run)
            .Concat(store.Table(SubscriptionsModule.Subscriptions).Rows.Where(s => s.ServiceId == serviceId).SelectMany(s => s.Executions));
        return runs.Select(r => r.At(now)).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new ServiceExecution { Id = r.Id, Status = r.Status, CreatedAt = r.CreatedAt, StartedAt = r.StartedAt, EndedAt = r.EndedAt, ServiceId = serviceId, ServiceDefinitionId = versionId })
            .ToList();
    }

    public static Result<PricingPlan> CreatePlan(FakeHubStore store, Caller caller, string serviceId, string versionId, CreateManagedServicePricingPlanRequest request)
    {
        using var write = store.Writing();
        var found = FindManaged(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit<PricingPlan>(failure);
        }
        var service = found.Value!;
        if (PlanProblem(request, service.Version.PricingPlans.Count) is { } problem)
        {
            return write.Commit<PricingPlan>(problem);
        }
        var markup = 1 + ((request.ProfitPercentage ?? 0) / 100m);
        var plan = new PricingPlan
        {
            Id = store.NextId(),
            Type = request.Type,
            Products = [.. (request.ChargedProducts ?? []).Distinct().Select(type => new Product
            {
                Id = store.NextId(),
                Name = type.Value,
                UnitLabel = s_platformPrices[type].Unit,
                AmountMajor = Math.Round(s_platformPrices[type].Price * markup, 6),
                Currency = "EUR",
                Type = type,
            })],
        };
        store.Table(ServicesModule.Services).Replace(PlanRules.WithPlans(service, [.. service.Version.PricingPlans, plan], caller, store.Tick()));
        return write.Commit<PricingPlan>(plan);
    }

    public static Failure? DeletePlan(FakeHubStore store, Caller caller, string serviceId, string versionId, string planId) =>
        PlanRules.Delete(store, caller, versionId, planId, () => FindManaged(store, caller, serviceId, versionId));

    private static Failure? PlanProblem(CreateManagedServicePricingPlanRequest request, int existing)
    {
        if (PlanRules.TypeProblem(request.Type) is { } badType)
        {
            return badType;
        }
        var type = request.Type!.Value;
        var charged = request.ChargedProducts ?? [];
        if (charged.FirstOrDefault(p => !s_platformPrices.ContainsKey(p)) is { Value: var unknown } && unknown is not null)
        {
            return Failure.Invalid($"Product '{Echo.Of(unknown)}' cannot be charged by a managed service. Accepted: {string.Join(", ", s_platformPrices.Keys)}.");
        }
        if (type == PricingPlanType.Commercial && charged.Count == 0)
        {
            return Failure.Invalid($"A COMMERCIAL plan needs at least one of 'chargedProducts': {string.Join(", ", s_platformPrices.Keys)}.");
        }
        if (type == PricingPlanType.Free && (charged.Count > 0 || request.ProfitPercentage is not (null or 0)))
        {
            return Failure.Invalid("A FREE plan charges nothing: leave 'chargedProducts' empty and 'profitPercentage' out.");
        }
        if (request.ProfitPercentage is { } profit && (profit < 0 || profit > 1000))
        {
            return Failure.Invalid($"The 'profitPercentage' is from 0 to 1000; got {profit.ToString(CultureInfo.InvariantCulture)}.");
        }
        return existing >= PlanRules.MaxPlans
            ? Failure.Conflict($"The version has {existing} pricing plans already; at most {PlanRules.MaxPlans} are allowed. Delete one first.")
            : null;
    }

    /// <summary>The resources and runtime the query asks for, or why they cannot be had.</summary>
    private static (IReadOnlyList<ResourceConfiguration> Resources, ServiceRuntime Runtime, Failure? Problem) Read(ManagedSettings settings)
    {
        int? Whole(string? text, string name, out Failure? bad)
        {
            bad = null;
            if (text is null)
            {
                return null;
            }
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            bad = Failure.Invalid($"The '{name}' is a whole number; got {Echo.Of(text)}.");
            return null;
        }
        var cpus = Whole(settings.MilliCpus, "milliCpus", out var badCpus) ?? 500;
        var memory = Whole(settings.MemoryInMegabytes, "memoryInMegabytes", out var badMemory) ?? 2048;
        var gpus = Whole(settings.GpuCount, "gpuCount", out var badGpus) ?? 0;
        var accelerator = settings.GpuAccelerator is null ? (gpus == 0 ? GpuAccelerator.None : default) : new GpuAccelerator(settings.GpuAccelerator);
        var runtime = settings.Runtime is null ? ServiceRuntime.PythonTemplate : new ServiceRuntime(settings.Runtime);
        ResourceConfiguration[] resources =
        [
            new() { Type = "CpuConfiguration", Amount = cpus, Unit = "m" },
            new() { Type = "MemoryConfiguration", Amount = memory, Unit = "Mi" },
            new() { Type = "GpuConfiguration", Amount = gpus, Unit = "GPU", Accelerator = accelerator },
        ];
        var problem = badCpus ?? badMemory ?? badGpus;
        if (problem is null && resources.Select(ServiceConfigurationDomain.ResourceProblem).FirstOrDefault(p => p is not null) is { } badResource)
        {
            problem = Failure.Invalid(badResource.Replace("amount", "value", StringComparison.Ordinal));
        }
        if (problem is null && ServiceConfigurationDomain.RuntimeProblem(new RuntimeConfiguration { Runtime = runtime }) is { } badRuntime)
        {
            problem = Failure.Invalid(badRuntime);
        }
        return (resources, runtime, problem);
    }

    /// <summary>The version, if the caller's tenant owns it and it belongs to a MANAGED service. Callers hold the lock.</summary>
    private static Result<ServiceRecord> FindManaged(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        return found.Failure is null && found.Value!.Type != ServiceType.Managed
            ? Failure.NotFound($"Service '{Echo.Of(serviceId)}' is a {found.Value.Type} service; /managed-services/... serves MANAGED services only" +
                (found.Value.Type == ServiceType.External ? " (an external service's plans are under /external-services/...)." : "."))
            : found;
    }
}
