using KipuHub.FakeServer.Pipeline;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

internal sealed partial class FakeHubStore
{
    private static readonly string s_commandTypes = $"{ServiceCommandType.Unpublish}, {ServiceCommandType.UnpublishForce}";

    public IReadOnlyList<ServiceOverview> ListServices(Caller caller)
    {
        lock (_gate)
        {
            return [.. InCreationOrder(_services.Values.Where(s => CanSee(caller, s.TenantId)), s => s.CreatedAt, s => s.Id)
                .Select(s => Overview(s, caller))];
        }
    }

    public Outcome<Service> GetService(Caller caller, string serviceId)
    {
        lock (_gate)
        {
            var found = FindService(caller, serviceId);
            return found.Error ?? (Outcome<Service>)new Service
            {
                Id = found.Value!.Id,
                Name = found.Value.Name,
                ServiceDefinitions = [Definition(found.Value)],
                CurrentUserPermission = caller.Role,
            };
        }
    }

    public HubError? DeleteService(Caller caller, string serviceId)
    {
        lock (_gate)
        {
            var found = FindService(caller, serviceId);
            if (found.Error is { } error)
            {
                return error;
            }
            var service = found.Value!;
            if (service.Version.Lifecycle != ServiceLifecycle.Created)
            {
                return HubError.Conflict($"Service '{service.Id}' is {service.Version.Lifecycle}; only CREATED services can be deleted. " +
                    $"Unpublish it first: POST /services/{service.Id}/versions/{service.Version.Id}/commands with {{\"type\":\"UNPUBLISH\"}}.");
            }
            _services.Remove(service.Id);
            Tick();
            return null;
        }
    }

    public Outcome<IReadOnlyList<ServiceDefinition>> ListVersions(Caller caller, string serviceId)
    {
        lock (_gate)
        {
            var found = FindService(caller, serviceId);
            return found.Error ?? (Outcome<IReadOnlyList<ServiceDefinition>>)new[] { Definition(found.Value!) };
        }
    }

    public Outcome<ServiceDefinition> GetVersion(Caller caller, string serviceId, string versionId)
    {
        lock (_gate)
        {
            var found = FindVersion(caller, serviceId, versionId);
            return found.Error ?? (Outcome<ServiceDefinition>)Definition(found.Value!);
        }
    }

    public Outcome<ServiceDefinition> UpdateVersion(Caller caller, string serviceId, string versionId, UpdateVersionRequest update)
    {
        lock (_gate)
        {
            var found = FindVersion(caller, serviceId, versionId);
            if (found.Error is { } error)
            {
                return error;
            }
            if (update.IndustryUuids?.FirstOrDefault(id => id is null || !_industries.ContainsKey(id)) is { } unknown)
            {
                return HubError.Unprocessable($"Unknown industry uuid '{unknown}' in industryUuids. Known industries: " +
                    string.Join(", ", _industries.Values.Select(i => $"{i.Uuid} ({i.Label})")) + ".");
            }
            if (update.Source is { } source && SourceProblem(source) is { } problem)
            {
                return HubError.Unprocessable(problem);
            }
            var version = found.Value!.Version;
            version.Description = update.Description ?? version.Description;
            version.IndustryIds = update.IndustryUuids is { } ids ? [.. ids.Distinct(StringComparer.Ordinal)] : version.IndustryIds;
            version.Source = update.Source ?? version.Source;
            version.ModifiedAt = Tick();
            version.ModifiedBy = caller.Username;
            return Definition(found.Value);
        }
    }

    public HubError? RunCommand(Caller caller, string serviceId, string versionId, ServiceDefinitionCommand command)
    {
        lock (_gate)
        {
            var found = FindVersion(caller, serviceId, versionId);
            if (found.Error is { } error)
            {
                return error;
            }
            if (string.IsNullOrEmpty(command.Type.Value))
            {
                return HubError.Unprocessable($"The command needs a 'type': one of {s_commandTypes}.");
            }
            if (command.Type != ServiceCommandType.Unpublish && command.Type != ServiceCommandType.UnpublishForce)
            {
                return HubError.BadRequest($"Unknown command type '{command.Type}'. Accepted: {s_commandTypes}.");
            }
            var service = found.Value!;
            if (service.Version.Lifecycle == ServiceLifecycle.Created)
            {
                return null;
            }
            var subscriptions = _subscriptions.Values.Where(s => s.ServiceId == service.Id).ToList();
            if (command.Type == ServiceCommandType.Unpublish && subscriptions.Count > 0)
            {
                return HubError.Conflict($"Version '{versionId}' has {subscriptions.Count} active subscription(s). Cancel them first, " +
                    "or send {\"type\":\"UNPUBLISH_FORCE\"} to cancel them and unpublish.");
            }
            foreach (var subscription in subscriptions)
            {
                _subscriptions.Remove(subscription.Id);
            }
            service.Version.Lifecycle = ServiceLifecycle.Created;
            service.Version.ModifiedAt = Tick();
            service.Version.ModifiedBy = caller.Username;
            return null;
        }
    }

    /// <summary>Moves a version to ACCESSIBLE or PUBLISHED; publishing again what already is so is a no-op.</summary>
    public Outcome<ServiceDefinition> Publish(Caller caller, string serviceId, string versionId, ServiceLifecycle target)
    {
        lock (_gate)
        {
            var found = FindVersion(caller, serviceId, versionId);
            if (found.Error is { } error)
            {
                return error;
            }
            var service = found.Value!;
            var version = service.Version;
            if (service.Build.Status != BuildStatus.Success)
            {
                return HubError.Conflict($"Version '{versionId}' cannot be published: its latest build is {service.Build.Status}. " +
                    "Only a version whose build status is SUCCESS can be published (see .../build-status and .../build-logs).");
            }
            if (target == ServiceLifecycle.Accessible && version.Lifecycle == ServiceLifecycle.Published)
            {
                return HubError.Conflict($"Version '{versionId}' is PUBLISHED in the marketplace. To make it internal only, unpublish it " +
                    "first (POST .../commands with {\"type\":\"UNPUBLISH\"}), then publish-internal.");
            }
            if (version.Lifecycle != target)
            {
                version.Lifecycle = target;
                version.ModifiedAt = Tick();
                version.ModifiedBy = caller.Username;
            }
            return Definition(service);
        }
    }

    public Outcome<BuildJob> GetBuild(Caller caller, string serviceId, string versionId)
    {
        lock (_gate)
        {
            var found = FindVersion(caller, serviceId, versionId);
            if (found.Error is { } error)
            {
                return error;
            }
            var build = found.Value!.Build;
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
    }

    public Outcome<string> GetBuildLog(Caller caller, string serviceId, string versionId)
    {
        lock (_gate)
        {
            var found = FindVersion(caller, serviceId, versionId);
            return found.Error ?? (Outcome<string>)string.Concat(found.Value!.Build.LogLines.Select(l => l + "\n"));
        }
    }

    /// <summary>The subscriptions to a version, from every tenant: the provider sees who subscribed.</summary>
    public Outcome<IReadOnlyList<Subscription>> ListVersionSubscriptions(Caller caller, string serviceId, string versionId)
    {
        lock (_gate)
        {
            var found = FindVersion(caller, serviceId, versionId);
            if (found.Error is { } error)
            {
                return error;
            }
            return InCreationOrder(_subscriptions.Values.Where(s => s.ServiceId == serviceId), s => s.CreatedAt, s => s.Id)
                .Select(s => SubscriptionDto(s, caller))
                .ToList();
        }
    }

    private Outcome<ServiceRecord> FindService(Caller caller, string serviceId) =>
        _services.TryGetValue(serviceId, out var service) && CanSee(caller, service.TenantId)
            ? service
            : HubError.NotFound($"Service '{serviceId}' was not found in {caller.DescribeTenant()}. " +
                "GET /services lists the services of the account; X-OrganizationId selects the account.");

    private Outcome<ServiceRecord> FindVersion(Caller caller, string serviceId, string versionId)
    {
        var found = FindService(caller, serviceId);
        if (found.Error is null && found.Value!.Version.Id != versionId)
        {
            return HubError.NotFound($"Service '{serviceId}' has no version '{versionId}'. GET /services/{serviceId}/versions lists its versions.");
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

    private static ServiceOverview Overview(ServiceRecord service, Caller caller) => new()
    {
        Id = service.Id,
        ServiceDefinitionId = service.Version.Id,
        Name = service.Name,
        DisplayName = service.Name,
        Type = service.Type,
        Lifecycle = service.Version.Lifecycle,
        CreatedAt = service.CreatedAt,
        LogoUrl = service.LogoUrl,
        BuildStatus = service.Build.Status,
        CurrentUserPermission = RoleIn(caller, service.TenantId),
    };

    private ServiceDefinition Definition(ServiceRecord service)
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
            Industries = Industries(version.IndustryIds),
            LogoUrl = service.LogoUrl,
            CreatedAt = version.CreatedAt,
            ModifiedAt = version.ModifiedAt,
            CreatedBy = version.CreatedBy,
            ModifiedBy = version.ModifiedBy,
            Configurations = [.. version.Configurations],
            RuntimeConfiguration = version.Runtime,
            Source = version.Source,
        };
    }

    private List<TaxonomyElement> Industries(IEnumerable<string> ids) =>
        [.. ids.Select(id => _industries[id]).Select(i => new TaxonomyElement { Uuid = i.Uuid, Label = i.Label, Children = [] })];
}
