using KipuHub.FakeServer.Namespaces.Subscriptions;
using KipuHub.FakeServer.Namespaces.WorkflowServices;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>
/// The services rules: a service has one version; only CREATED services may be deleted; only a version whose build
/// succeeded may be published; unpublishing with active subscriptions needs UNPUBLISH_FORCE, which cancels them.
/// </summary>
internal static class ServicesDomain
{
    private static readonly string s_commandTypes = $"{ServiceCommandType.Unpublish}, {ServiceCommandType.UnpublishForce}";

    public static IReadOnlyList<ServiceOverview> List(FakeHubStore store, Caller caller) =>
        store.ListOwned(ServicesModule.Services, caller, s => Overview(s, store.Table(ServicesModule.Services).RoleOf(caller, s), store.Now));

    public static Result<Service> Get(FakeHubStore store, Caller caller, string serviceId)
    {
        using var read = store.Reading();
        var found = store.Table(ServicesModule.Services).Find(caller, serviceId);
        return found.Failure ?? (Result<Service>)Dto(store, found.Value!, caller);
    }

    /// <summary>A service as the API shows it. Callers hold the lock.</summary>
    internal static Service Dto(FakeHubStore store, ServiceRecord service, Caller caller) => new()
    {
        Id = service.Id,
        Name = service.Name,
        ServiceDefinitions = [Definition(store, service)],
        CurrentUserPermission = store.Table(ServicesModule.Services).RoleOf(caller, service),
    };

    public static Failure? Delete(FakeHubStore store, Caller caller, string serviceId)
    {
        using var write = store.Writing();
        var services = store.Table(ServicesModule.Services);
        var found = services.Find(caller, serviceId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var service = found.Value!;
        if (service.Version.Lifecycle != ServiceLifecycle.Created)
        {
            return write.Commit(Failure.Conflict($"Service '{service.Id}' is {service.Version.Lifecycle}; only CREATED services can be deleted. " +
                $"Unpublish it first: POST /services/{service.Id}/versions/{service.Version.Id}/commands with {{\"type\":\"UNPUBLISH\"}}."));
        }
        services.Delete(service.Id);
        store.Tick();
        return write.Commit();
    }

    public static Result<IReadOnlyList<ServiceDefinition>> ListVersions(FakeHubStore store, Caller caller, string serviceId)
    {
        using var read = store.Reading();
        var found = store.Table(ServicesModule.Services).Find(caller, serviceId);
        return found.Failure ?? (Result<IReadOnlyList<ServiceDefinition>>)new[] { Definition(store, found.Value!) };
    }

    public static Result<ServiceDefinition> GetVersion(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = FindVersion(store, caller, serviceId, versionId);
        return found.Failure ?? (Result<ServiceDefinition>)Definition(store, found.Value!);
    }

    public static Result<ServiceDefinition> UpdateVersion(FakeHubStore store, Caller caller, string serviceId, string versionId, UpdateVersionRequest update)
    {
        using var write = store.Writing();
        var found = FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit<ServiceDefinition>(failure);
        }
        var industries = store.Table(ServicesModule.Industries);
        if (update.IndustryUuids?.FirstOrDefault(id => id is null || industries.Find(id) is null) is { } unknown)
        {
            return write.Commit<ServiceDefinition>(Failure.Invalid($"Unknown industry uuid '{unknown}' in industryUuids. Known industries: " +
                string.Join(", ", industries.Rows.Select(i => $"{i.Uuid} ({i.Label})")) + "."));
        }
        if (update.Source is { } source && SourceProblem(source) is { } problem)
        {
            return write.Commit<ServiceDefinition>(Failure.Invalid(problem));
        }
        var service = found.Value!;
        var version = service.Version;
        var updated = service with
        {
            Version = version with
            {
                Description = update.Description ?? version.Description,
                IndustryIds = update.IndustryUuids is { } ids ? [.. ids.Distinct(StringComparer.Ordinal)] : version.IndustryIds,
                Source = update.Source ?? version.Source,
                ModifiedAt = store.Tick(),
                ModifiedBy = caller.Username,
            },
        };
        store.Table(ServicesModule.Services).Replace(updated);
        return write.Commit<ServiceDefinition>(Definition(store, updated));
    }

    public static Failure? RunCommand(FakeHubStore store, Caller caller, string serviceId, string versionId, ServiceDefinitionCommand command)
    {
        using var write = store.Writing();
        var found = FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        if (string.IsNullOrEmpty(command.Type.Value))
        {
            return write.Commit(Failure.Invalid($"The command needs a 'type': one of {s_commandTypes}."));
        }
        if (command.Type != ServiceCommandType.Unpublish && command.Type != ServiceCommandType.UnpublishForce)
        {
            return write.Commit(Failure.Invalid($"Unknown command type '{Echo.Of(command.Type.Value)}'. Accepted: {s_commandTypes}."));
        }
        var service = found.Value!;
        if (service.Version.Lifecycle == ServiceLifecycle.Created)
        {
            return write.Commit();
        }
        var subscriptions = store.Table(SubscriptionsModule.Subscriptions);
        var active = subscriptions.Rows.Where(s => s.ServiceId == service.Id).Select(s => s.Id).ToList();
        if (command.Type == ServiceCommandType.Unpublish && active.Count > 0)
        {
            return write.Commit(Failure.Conflict($"Version '{Echo.Of(versionId)}' has {active.Count} active subscription(s). Cancel them first, " +
                "or send {\"type\":\"UNPUBLISH_FORCE\"} to cancel them and unpublish."));
        }
        foreach (var id in active)
        {
            subscriptions.Delete(id);
        }
        store.Table(ServicesModule.Services).Replace(service with
        {
            Version = service.Version with { Lifecycle = ServiceLifecycle.Created, ModifiedAt = store.Tick(), ModifiedBy = caller.Username },
        });
        return write.Commit();
    }

    /// <summary>Moves a version to ACCESSIBLE or PUBLISHED; publishing again what already is so is a no-op.</summary>
    public static Result<ServiceDefinition> Publish(FakeHubStore store, Caller caller, string serviceId, string versionId, ServiceLifecycle target)
    {
        using var write = store.Writing();
        var found = FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit<ServiceDefinition>(failure);
        }
        var service = found.Value!;
        var version = service.Version;
        var build = service.Build.At(store.Now);
        if (build.Status != BuildStatus.Success)
        {
            return write.Commit<ServiceDefinition>(Failure.Conflict($"Version '{Echo.Of(versionId)}' cannot be published: its latest build is {build.Status}. " +
                "Only a version whose build status is SUCCESS can be published (see .../build-status and .../build-logs)."));
        }
        if (target == ServiceLifecycle.Accessible && version.Lifecycle == ServiceLifecycle.Published)
        {
            return write.Commit<ServiceDefinition>(Failure.Conflict($"Version '{Echo.Of(versionId)}' is PUBLISHED in the marketplace. To make it internal only, unpublish it " +
                "first (POST .../commands with {\"type\":\"UNPUBLISH\"}), then publish-internal."));
        }
        if (version.Lifecycle != target)
        {
            service = service with { Version = version with { Lifecycle = target, ModifiedAt = store.Tick(), ModifiedBy = caller.Username } };
            store.Table(ServicesModule.Services).Replace(service);
        }
        return write.Commit<ServiceDefinition>(Definition(store, service));
    }

    public static Result<BuildJob> GetBuild(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        var build = found.Value!.Build.At(store.Now);
        return new BuildJob
        {
            Status = build.Status,
            Step = build.Step,
            CreatedAt = build.CreatedAt,
            FinishedAt = build.FinishedAt,
            ValidationResult = build.Validation is null ? null : new ValidationResult
            {
                State = build.Validation,
                Summary = build.ValidationSummary,
                Messages = [.. build.ValidationMessages],
            },
        };
    }

    public static Result<string> GetBuildLog(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = FindVersion(store, caller, serviceId, versionId);
        return found.Failure ?? (Result<string>)string.Concat(found.Value!.Build.At(store.Now).LogLines.Select(l => l + "\n"));
    }

    /// <summary>The subscriptions to a version, from every tenant: the provider sees who subscribed.</summary>
    public static Result<IReadOnlyList<Subscription>> ListVersionSubscriptions(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return SubscriptionsDomain.Dtos(store, caller, s => s.ServiceId == serviceId);
    }

    /// <summary>The service, if the caller's tenant owns it and its version has this id. Callers hold the lock.</summary>
    internal static Result<ServiceRecord> FindVersion(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        var found = store.Table(ServicesModule.Services).Find(caller, serviceId);
        if (found.Failure is null && found.Value!.Version.Id != versionId)
        {
            return Failure.NotFound($"Service '{Echo.Of(serviceId)}' has no version '{Echo.Of(versionId)}'. GET /services/{Echo.Of(serviceId)}/versions lists its versions.");
        }
        return found;
    }

    private static string? SourceProblem(ServiceSource source) => source.Type switch
    {
        "FileSource" => null,
        "RegistrySource" when string.IsNullOrWhiteSpace(source.Image) => "A RegistrySource needs an 'image'.",
        "RegistrySource" => null,
        _ => $"Unknown source type '{source.Type}'. Accepted: FileSource, RegistrySource.",
    };

    private static ServiceOverview Overview(ServiceRecord service, PermissionRole role, DateTimeOffset now) => new()
    {
        Id = service.Id,
        ServiceDefinitionId = service.Version.Id,
        Name = service.Name,
        DisplayName = service.Name,
        Type = service.Type,
        Lifecycle = service.Version.Lifecycle,
        CreatedAt = service.CreatedAt,
        LogoUrl = service.LogoUrl,
        BuildStatus = service.Build.At(now).Status,
        CurrentUserPermission = role,
    };

    /// <summary>A version as the API shows it. Callers hold the lock.</summary>
    internal static ServiceDefinition Definition(FakeHubStore store, ServiceRecord service)
    {
        var version = service.Version;
        return new ServiceDefinition
        {
            Id = version.Id,
            Version = version.Label,
            Name = service.Name,
            Context = version.Context,
            Description = version.Description,
            ProductionEndpoint = version.ProductionEndpoint,
            GatewayEndpoint = version.GatewayEndpoint,
            Type = service.Type,
            PricingPlans = [.. version.PricingPlans],
            Lifecycle = version.Lifecycle,
            Industries = Industries(store, version.IndustryIds),
            LogoUrl = service.LogoUrl,
            CreatedAt = version.CreatedAt,
            ModifiedAt = version.ModifiedAt,
            CreatedBy = version.CreatedBy,
            ModifiedBy = version.ModifiedBy,
            // Only a managed service runs code the platform builds; a workflow runs a BPMN model, an external service
            // is someone else's URL.
            Configurations = service.Type == ServiceType.Managed ? [.. version.Configurations] : null,
            RuntimeConfiguration = service.Type == ServiceType.Managed ? version.Runtime : null,
            Source = service.Type == ServiceType.External ? null : version.Source,
            ProcessDefinitionId = service.Type == ServiceType.Workflow ? WorkflowModels.ProcessDefinitionOf(service) : null,
            WorkflowModel = service.Type == ServiceType.Workflow ? WorkflowModels.ModelOf(service) : null,
        };
    }

    /// <summary>Industries as taxonomy elements. Callers hold the lock.</summary>
    internal static List<TaxonomyElement> Industries(FakeHubStore store, IEnumerable<string> ids)
    {
        var industries = store.Table(ServicesModule.Industries);
        return [.. ids.Select(id => industries.Find(id)!).Select(i => new TaxonomyElement { Uuid = i.Uuid, Label = i.Label, Children = [] })];
    }
}
