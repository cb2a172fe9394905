using KipuHub.FakeServer.Namespaces.DataPools;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.DataPoolShares;

/// <summary>
/// The data-pool shares rules (docs/contract.md#data-pool-shares): those of every share table
/// (<see cref="ShareRules{TResource, TShare}"/>) applied to data pools.
/// </summary>
internal static class DataPoolSharesDomain
{
    private static readonly ShareRules<DataPoolRecord, DataPoolShareRecord> s_rules = new(DataPoolsModule.DataPools, DataPoolSharesModule.Shares);

    public static Result<IReadOnlyList<DataPoolShare>> List(FakeHubStore store, Caller caller, string dataPoolId) =>
        s_rules.List(store, caller, dataPoolId, Dto);

    public static Result<DataPoolShare> Create(FakeHubStore store, Caller caller, string dataPoolId, CreateDataPoolShareRequest request) =>
        s_rules.Create(store, caller, dataPoolId, request.PrincipalType, request.PrincipalId, request.Role, Dto);

    public static Result<DataPoolShare> Update(FakeHubStore store, Caller caller, string dataPoolId, string shareId, UpdateDataPoolShareRequest request) =>
        s_rules.Update(store, caller, dataPoolId, shareId, request.Role, Dto);

    public static Failure? Delete(FakeHubStore store, Caller caller, string dataPoolId, string shareId) =>
        s_rules.Delete(store, caller, dataPoolId, shareId);

    private static DataPoolShare Dto(DataPoolShareRecord share, string? principalName) => new()
    {
        Id = share.Id,
        DataPoolId = share.DataPoolId,
        PrincipalType = share.PrincipalType,
        PrincipalId = share.PrincipalId,
        PrincipalName = principalName,
        Role = share.Role,
        CreatedAt = share.CreatedAt,
        CreatedBy = share.CreatedBy,
    };
}
