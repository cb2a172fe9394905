using System.Reflection;
using KipuHub.Contract;
using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Contract;

/// <summary>The least role of an endpoint: the method's rule unless its entry names another (docs/contract.md#roles).</summary>
public sealed class MinimumRoleTests
{
    public static TheoryData<string> EndpointIds => [.. HubCatalog.All.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(EndpointIds))]
    public void MinimumRole_IsTheDeclaredRole_OrTheMethodsRule(string id)
    {
        var endpoint = HubCatalog.Get(id);
        var declared = typeof(HubCatalog).GetProperty(id)!.GetCustomAttribute<HubEndpointAttribute>()!.MinimumRole;
        var byMethod = endpoint.Method.Method switch
        {
            "GET" or "HEAD" => PermissionRole.Viewer,
            "DELETE" => PermissionRole.Owner,
            _ => PermissionRole.Maintainer,
        };
        var expected = declared switch
        {
            HubRole.Viewer => PermissionRole.Viewer,
            HubRole.Maintainer => PermissionRole.Maintainer,
            HubRole.Owner => PermissionRole.Owner,
            _ => byMethod,
        };

        endpoint.MinimumRole.Should().Be(expected);
    }

    [Fact]
    public void GitIntegrations_AMaintainerAddsAndDeletes_AViewerReads()
    {
        HubCatalog.GitIntegrationsDelete.MinimumRole.Should().Be(PermissionRole.Maintainer, "the hub's docs let maintainers manage git integrations");
        HubCatalog.GitIntegrationsCreate.MinimumRole.Should().Be(PermissionRole.Maintainer);
        HubCatalog.GitIntegrationsList.MinimumRole.Should().Be(PermissionRole.Viewer);
        HubCatalog.UseCasesDelete.MinimumRole.Should().Be(PermissionRole.Owner, "every other delete keeps the OWNER rule");
    }
}
