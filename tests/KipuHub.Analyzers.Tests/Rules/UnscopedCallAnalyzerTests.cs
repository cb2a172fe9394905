using KipuHub.Analyzers.Rules;
using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnscopedCallRule>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class UnscopedCallAnalyzerTests
{
    // ── triggers ────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForListAsync_WhenChainHasNoScope_Triggers() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub) => await hub.Services.Page(0, 20).{|KH0001:ListAsync()|};
        }
        """);

    [Fact]
    public Task ForGetAsync_WhenChainHasNoScope_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Task<Service> M(HubPlatformClient hub) => hub.Services.{|KH0001:GetAsync("s-1")|};
        }
        """);

    [Fact]
    public Task ForCommandSend_WhenFactoryHasNoScope_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Task M(HubPlatformClient hub) => hub.Services.Delete("s-1").WithRetries().{|KH0001:SendAsync()|};
        }
        """);

    [Fact]
    public Task ForSubCollectionList_WhenFactoryHasNoScope_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Task<IReadOnlyList<ServiceDefinition>> M(HubPlatformClient hub) => hub.Services.Versions("s-1").{|KH0001:ListAsync()|};
        }
        """);

    [Fact]
    public Task ForChainSplitAcrossLocals_WhenNoLocalHasScope_Triggers() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                var services = hub.Services;
                var firstPage = services.Page(0, 10);
                await firstPage.{|KH0001:ListAsync()|};
            }
        }
        """);

    [Fact]
    public Task ForHelperInSameFile_WhenHelperReturnsUnscopedQuery_Triggers() => Verify.VerifyAsync("""
        class C
        {
            static ServicesQuery Newest(HubPlatformClient hub) => hub.Services.OrderByDescending(s => s.CreatedAt);

            Task M(HubPlatformClient hub) => Newest(hub).Page(0, 5).{|KH0001:ListAsync()|};
        }
        """);

    [Fact]
    public Task ForAllAsync_InAsyncIterator_WhenNoScope_Triggers() => Verify.VerifyAsync("""
        class C
        {
            async IAsyncEnumerable<string?> Names(HubPlatformClient hub)
            {
                await foreach (var service in hub.Services.{|KH0001:AllAsync()|})
                {
                    yield return service.Name;
                }
            }
        }
        """);

    [Fact]
    public Task ForLambda_WhenNoScope_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Func<Task> M(HubPlatformClient hub) => () => hub.Applications.{|KH0001:ListAsync()|};
        }
        """);

    [Fact]
    public Task ForClientBuiltInMethod_WhenOptionsLackOrganizationId_Triggers() => Verify.VerifyAsync("""
        class C
        {
            async Task M(string token)
            {
                using var hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = token });
                await hub.DataPools.{|KH0001:ListAsync()|};
            }
        }
        """);

    [Fact]
    public Task ForTopLevelStatements_WhenNoScope_Triggers() => Verify.VerifyAsync("""
        using var hub = new HubPlatformClient(Environment.GetEnvironmentVariable("T")!);
        var services = await hub.Services.Page(0, 20).{|KH0001:ListAsync()|};
        Console.WriteLine(services.Content.Count);
        """, topLevel: true);

    // ── does not trigger ────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForListAsync_WhenInOrg_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Task M(HubPlatformClient hub, string org) => hub.Services.InOrg(org).Page(0, 20).ListAsync();
        }
        """);

    [Fact]
    public Task ForCommand_WhenInPersonalAccountBeforeFactory_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Task M(HubPlatformClient hub) => hub.Services.InPersonalAccount().Get("s-1").WithRetries().SendAsync();
        }
        """);

    [Fact]
    public Task ForChainSplitAcrossLocals_WhenScopedEarlier_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string org)
            {
                var scoped = hub.Services.InOrg(org);
                var versions = scoped.Versions("s-1");
                await versions.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForConditionalInOrg_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string? org)
            {
                var query = hub.Services.Page(0, 20);
                if (org is not null)
                {
                    query = query.InOrg(org);
                }
                await query.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForConditionalExpression_WhenBothBranchesDecide_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Task M(HubPlatformClient hub, string? org) =>
                (org is null ? hub.DataPools.InPersonalAccount() : hub.DataPools.InOrg(org)).ListAsync();
        }
        """);

    [Fact]
    public Task ForHelperThatScopes_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            private readonly string _org = "o-1";

            ServicesQuery Tenant(HubPlatformClient hub) => hub.Services.InOrg(_org);

            Task M(HubPlatformClient hub) => Tenant(hub).Page(0, 5).ListAsync();
        }
        """);

    [Fact]
    public Task ForGenericHelperThatScopes_DoesNotTrigger() => Verify.VerifyAsync("""
        static class Scoping
        {
            public static T ForTenant<T>(this T query, string org) where T : HubQuery<T> => query.InOrg(org);
        }

        class C
        {
            Task M(HubPlatformClient hub) => hub.Applications.ForTenant("o-1").ListAsync();
        }
        """);

    [Fact]
    public Task ForQueryFromParameter_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Task M(ServicesQuery query) => query.Page(0, 20).ListAsync();
        }
        """);

    [Fact]
    public Task ForGlobalEndpoints_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                await hub.Marketplace.ListAsync();
                await hub.Users.GetAccountsAsync();
            }
        }
        """);

    // The catalog decides, not the class: metering is global although ExternalServicesQuery is org-scoped otherwise,
    // and the marketplace's reads of one listing are global like its list.
    [Fact]
    public Task ForGlobalEndpointsOfAnOrgScopedQuery_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, MeteringRequest request, System.IO.Stream logo)
            {
                await hub.ExternalServices.MeterAsync(request);
                await hub.Marketplace.GetApiSpecAsync("listing");
                await hub.Marketplace.DownloadLogoAsync("listing", logo);
                await hub.Authentication.AuthorizeAsync();
            }
        }
        """);

    [Fact]
    public Task ForAnOrgScopedCallOfTheSameQuery_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Task<Service> M(HubPlatformClient hub, CreateExternalServiceRequest request, System.IO.Stream api) => hub.ExternalServices.{|KH0001:CreateAsync(request, api)|};
        }
        """);

    // /authorize ignores the organization; the tenant's gateway credentials do not, in the same namespace.
    [Fact]
    public Task ForGatewayCredentialsBesideAuthorize_TriggersOnlyOnTheOrgScopedCalls() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                await hub.Authentication.AuthorizeAsync();
                await hub.Authentication.{|KH0001:GetGatewayCredentialsAsync()|};
                await hub.Authentication.{|KH0001:RegenerateGatewayCredentialsAsync()|};
                await hub.Authentication.InOrg("o-1").RegenerateGatewayCredentialsAsync();
            }
        }
        """);

    // The organization is in the path of these calls (or they concern the calling user), so there is nothing to scope.
    [Fact]
    public Task ForOrganizationsAndUsers_NamingTheOrganizationInThePath_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string id)
            {
                await hub.Organizations.Page(0, 20).ListAsync();
                await hub.Organizations.CreateAsync(new CreateOrganizationRequest { Name = "n" });
                await hub.Organizations.DeleteAsync(id);
                await hub.Organizations.Members(id).SetRoleAsync("u-1", PermissionRole.Viewer);
                await hub.Organizations.Invitations(id).Page(0, 20).ListAsync();
                await hub.Organizations.ProviderTokens(id).SetAsync(QuantumProvider.Ibm, "t");
                await hub.Users.Invitations().AcceptAsync("i-1");
                await hub.Users.ProviderTokens().DeleteAsync(QuantumProvider.Aws);
            }
        }
        """);

    [Fact]
    public Task ForProjectDeclaringClientDefaultScope_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Task M(HubPlatformClient hub) => hub.Services.Page(0, 20).ListAsync();
        }
        """, editorConfig: "kipuhub.organization_scope = client_default");

    [Fact]
    public Task ForClientBuiltWithOrganizationIdInInitializer_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(string token, string org)
            {
                using var hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = token, OrganizationId = org });
                await hub.DataPools.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForClientBuiltFromOptionsLocalWithOrganizationId_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(string token, string org)
            {
                var options = new HubPlatformClientOptions { ApiKey = token };
                options.OrganizationId = org;
                using var hub = new HubPlatformClient(options);
                await hub.DataPools.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForClientFromFactoryGivenAnOrganizationId_DoesNotTrigger() => Verify.VerifyAsync("""
        class Fake
        {
            public HubPlatformClient CreateClient(string token = "t", string? organizationId = null) => new(token);
        }

        class C
        {
            async Task M(Fake fake, string org)
            {
                using var scoped = fake.CreateClient("t", org);
                await scoped.Applications.ListAsync();
                await fake.CreateClient(organizationId: org).DataPools.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForClientFromFactory_WithoutOrganizationId_Triggers() => Verify.VerifyAsync("""
        class Fake
        {
            public HubPlatformClient CreateClient(string token = "t", string? organizationId = null) => new(token);
        }

        class C
        {
            async Task M(Fake fake)
            {
                using var stranger = fake.CreateClient("t");
                await stranger.Applications.{|KH0001:ListAsync()|};
                await fake.CreateClient("t", null).DataPools.{|KH0001:ListAsync()|};
            }
        }
        """);

    [Fact]
    public Task ForClientFromMemberMarkedHubScopedClient_DoesNotTrigger() => Verify.VerifyAsync("""
        using KipuHub.Contract;

        class Fake
        {
            [HubScopedClient]
            public HubPlatformClient Client { get; } = new("t");

            [HubScopedClient]
            public HubPlatformClient CreateTenantClient() => new("t");
        }

        class C
        {
            async Task M(Fake fake)
            {
                await fake.Client.Applications.CreateAsync(new() { Name = "My app" });
                var client = fake.Client;
                await client.DataPools.ListAsync();
                using var tenant = fake.CreateTenantClient();
                await tenant.Applications.ListAsync();
                await fake.CreateTenantClient().Services.Page(0, 20).ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForClientFromUnmarkedMember_Triggers() => Verify.VerifyAsync("""
        class Fake
        {
            public HubPlatformClient Client { get; } = new("t");

            public HubPlatformClient CreateTenantClient() => new("t");
        }

        class C
        {
            async Task M(Fake fake)
            {
                await fake.Client.Applications.{|KH0001:CreateAsync(new() { Name = "My app" })|};
                var client = fake.Client;
                await client.DataPools.{|KH0001:ListAsync()|};
                await fake.CreateTenantClient().Applications.{|KH0001:ListAsync()|};
            }
        }
        """);

    [Fact]
    public Task ForOverrideOfMarkedProperty_DoesNotTrigger() => Verify.VerifyAsync("""
        using KipuHub.Contract;

        class Fixture
        {
            [HubScopedClient]
            public virtual HubPlatformClient Client { get; } = new("t");
        }

        class Derived : Fixture
        {
            public override HubPlatformClient Client => base.Client;
        }

        class C
        {
            Task M(Derived fixture) => fixture.Client.Applications.ListAsync();
        }
        """);

    [Fact]
    public Task ForLocalFunctionAndLambda_WhenScoped_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string org)
            {
                var scoped = hub.Applications.InOrg(org);
                Func<Task> viaLambda = () => scoped.ListAsync();
                await viaLambda();
                await ViaLocalFunction();

                Task ViaLocalFunction() => scoped.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForAsyncIterator_WhenScoped_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async IAsyncEnumerable<string?> Names(HubPlatformClient hub)
            {
                await foreach (var service in hub.Services.InPersonalAccount().AllAsync())
                {
                    yield return service.Name;
                }
            }
        }
        """);

    [Fact]
    public Task ForTopLevelStatements_WhenScoped_DoesNotTrigger() => Verify.VerifyAsync("""
        using var hub = new HubPlatformClient(Environment.GetEnvironmentVariable("T")!);
        var services = await hub.Services.InOrg("o-1").Page(0, 20).ListAsync();
        Console.WriteLine(services.Content.Count);
        """, topLevel: true);

    [Fact]
    public Task ForToRequest_WhichSendsNothing_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            System.Net.Http.HttpRequestMessage M(HubPlatformClient hub) => hub.Services.Page(0, 20).ToRequest();
        }
        """);
}
