using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceShares;

/// <summary>A share of a service with a target tenant: a user's personal account (its id is the user's) or an organization.</summary>
internal sealed record ServiceShareRecord : IShareRecord<ServiceShareRecord>
{
    public string Id { get; init; } = string.Empty;

    public string ServiceId { get; init; } = string.Empty;

    public SharePrincipalType PrincipalType { get; init; }

    /// <summary>The target tenant's id.</summary>
    public string PrincipalId { get; init; } = string.Empty;

    public PermissionRole Role { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    string IShareRecord<ServiceShareRecord>.ResourceId => ServiceId;

    public ServiceShareRecord WithRole(PermissionRole role) => this with { Role = role };

    public static ServiceShareRecord New(string id, string resourceId, SharePrincipalType type, string principalId, PermissionRole role,
        DateTimeOffset createdAt, string createdBy) => new()
        {
            Id = id,
            ServiceId = resourceId,
            PrincipalType = type,
            PrincipalId = principalId,
            Role = role,
            CreatedAt = createdAt,
            CreatedBy = createdBy,
        };
}

/// <summary>
/// The service_shares namespace. Its table makes services visible beyond their tenant: the services table is declared
/// <see cref="TableDef{T}.SharedThrough"/> it, so every read of a service (list, get, versions, writes) counts the shares.
/// The seed shares only into alice's personal account, whose service count nothing documents, and only services that
/// are not PUBLISHED (so the marketplace still lists each once): one of Bob's Quantum Garage (VIEWER) and one of Qubit
/// Research Lab (MAINTAINER). Every other seeded account sees exactly what it owns.
/// </summary>
internal sealed class ServiceSharesModule : IHubModule
{
    /// <summary>Shares belong to the service's tenant and go with the service, and with the target tenant.</summary>
    public static TableDef<ServiceShareRecord> Shares { get; } = new TableDef<ServiceShareRecord>("service_shares", s => s.Id)
        .OwnedThrough(ServicesModule.Services, s => s.ServiceId)
        .References(Tenancy.Tenants, s => s.PrincipalId)
        .OrderedBy(s => s.CreatedAt);

    public void Register(HubModuleBuilder module)
    {
        // Declared here rather than beside the services table, so that neither static initializer waits for the other.
        ServicesModule.Services.SharedThrough(Shares, s => s.ServiceId, s => s.PrincipalId, s => s.Role);
        module
            .Table(Shares)
            .Seed("service_shares", Seed, "services")
            .Routes(ServiceSharesApi.Routes);
    }

    /// <summary>Ids and times from this module's own stream, so no other seeded value moves.</summary>
    private static void Seed(SeedContext seed)
    {
        var services = seed.Rows(ServicesModule.Services).ToList();
        ShareSeed.Add(seed, Shares, "ServiceShare",
            owner => services.First(s => s.TenantId == owner.Id && s.Version.Lifecycle != ServiceLifecycle.Published).Id,
            (TenancySeed.Garage, TenancySeed.Alice, PermissionRole.Viewer),
            (TenancySeed.Lab, TenancySeed.Alice, PermissionRole.Maintainer));
    }
}
