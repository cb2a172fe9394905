using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceShares;

/// <summary>
/// The service shares rules (docs/contract.md#service-shares): those of every share table (<see cref="ShareRules{TResource, TShare}"/>)
/// applied to services; revoking a share also ends the target's subscriptions that stood on it (the store's prune).
/// </summary>
internal static class ServiceSharesDomain
{
    private static readonly ShareRules<ServiceRecord, ServiceShareRecord> s_rules = new(ServicesModule.Services, ServiceSharesModule.Shares);

    public static Result<IReadOnlyList<ServiceShare>> List(FakeHubStore store, Caller caller, string serviceId) =>
        s_rules.List(store, caller, serviceId, Dto);

    public static Result<ServiceShare> Create(FakeHubStore store, Caller caller, string serviceId, CreateServiceShareRequest request) =>
        s_rules.Create(store, caller, serviceId, request.PrincipalType, request.PrincipalId, request.Role, Dto);

    public static Result<ServiceShare> Update(FakeHubStore store, Caller caller, string serviceId, string shareId, UpdateServiceShareRequest request) =>
        s_rules.Update(store, caller, serviceId, shareId, request.Role, Dto);

    public static Failure? Delete(FakeHubStore store, Caller caller, string serviceId, string shareId) =>
        s_rules.Delete(store, caller, serviceId, shareId);

    private static ServiceShare Dto(ServiceShareRecord share, string? principalName) => new()
    {
        Id = share.Id,
        ServiceId = share.ServiceId,
        PrincipalType = share.PrincipalType,
        PrincipalId = share.PrincipalId,
        PrincipalName = principalName,
        Role = share.Role,
        CreatedAt = share.CreatedAt,
        CreatedBy = share.CreatedBy,
    };
}
