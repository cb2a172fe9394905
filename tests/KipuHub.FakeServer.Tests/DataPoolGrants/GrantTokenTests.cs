using KipuHub.Errors;
using KipuHub.FakeServer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace KipuHub.FakeServer.Tests.DataPoolGrants;

/// <summary>
/// A grant's token is a JWT signed by its own fake server: its claims and times come from the grant and the fake's
/// clock; its key is random per server, or the same for the same seed with deterministic secrets.
/// </summary>
public sealed class GrantTokenTests
{
    [Fact]
    public async Task The_token_carries_the_grant_the_pool_the_permission_the_execution_and_the_fakes_times()
    {
        await using var fake = await FakeHubServer.StartAsync(new FakeHubOptions());
        var (grant, pool, execution) = await IssueAsync(fake);

        var jwt = new JsonWebToken(grant.Token!);

        jwt.Alg.Should().Be("HS256");
        jwt.Id.Should().Be(grant.Id);
        jwt.GetPayloadValue<string>("dataPoolId").Should().Be(pool);
        jwt.GetPayloadValue<string>("permission").Should().Be("WRITE");
        jwt.GetPayloadValue<string>("serviceExecutionId").Should().Be(execution);
        new DateTimeOffset(jwt.IssuedAt, TimeSpan.Zero).Should().Be(grant.CreatedAt!.Value);
        new DateTimeOffset(jwt.ValidFrom, TimeSpan.Zero).Should().Be(grant.CreatedAt.Value);
        new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero).Should().Be(grant.ExpiresAt!.Value);
        grant.ExpiresAt.Should().Be(grant.CreatedAt.Value.AddSeconds(120));
        grant.CreatedAt.Should().Be(fake.Clock.UtcNow, "the fake's clock, not the machine's, stamps the grant");
    }

    [Fact]
    public async Task Without_deterministic_secrets_another_server_refuses_the_token_as_invalid()
    {
        await using var first = await FakeHubServer.StartAsync(new FakeHubOptions());
        await using var second = await FakeHubServer.StartAsync(new FakeHubOptions());
        var (grant, pool, _) = await IssueAsync(first);
        var (twin, _, _) = await IssueAsync(second);

        twin.Id.Should().Be(grant.Id, "ids stay deterministic");
        twin.Token.Should().NotBe(grant.Token, "each server signs with a random key of its own");
        using var elsewhere = second.CreateClient(grant.Token!);
        var refused = await FluentActions.Awaiting(() => elsewhere.DataPools.Files(pool).ListAsync()).Should().ThrowAsync<UnauthorizedException>();
        refused.Which.ErrorMessage.Should().Contain("invalid");
    }

    [Fact]
    public async Task With_deterministic_secrets_the_same_scripted_run_issues_the_same_token()
    {
        await using var first = await FakeHubServer.StartAsync(new FakeHubOptions { DeterministicSecrets = true });
        await using var second = await FakeHubServer.StartAsync(new FakeHubOptions { DeterministicSecrets = true });

        var (one, pool, _) = await IssueAsync(first);
        var (two, _, _) = await IssueAsync(second);

        two.Should().BeEquivalentTo(one);
        using var service = second.CreateClient(one.Token!);
        (await service.DataPools.Files(pool).ListAsync()).Should().NotBeNull();
    }

    private static async Task<(DataPoolGrant Grant, string Pool, string Execution)> IssueAsync(FakeHubServer fake)
    {
        var org = fake.DemoOrganizationId;
        var pool = (await fake.Client.DataPools.InOrg(org).ListAsync())[0].Id;
        var execution = (await fake.Client.ServiceExecutions.InOrg(org).Page(0, 1).ListAsync()).Content[0].Id;
        var grant = await fake.Client.DataPoolGrants.Of(pool).InOrg(org)
            .CreateAsync(new() { ServiceExecutionId = execution, Permission = DataPoolPermission.Write, TtlSeconds = 120 });
        return (grant, pool, execution);
    }
}
