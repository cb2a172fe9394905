using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Applications and their access tokens (docs/contract.md#wire-models).</summary>
public class ApplicationModelsJsonTests
{
    [Fact]
    public void Application_GoldenDocument_ReadsEveryField()
    {
        var application = GoldenJson.Read<Application>(GoldenFiles.Json("Application"));

        application.Id.Should().Be(GoldenDocuments.ApplicationId);
        application.Name.Should().Be("portfolio-dashboard");
        application.SubscriptionCount.Should().Be(2);
        application.CreatedAt.Should().Be(new DateTimeOffset(2024, 3, 1, 7, 59, 12, 4, TimeSpan.Zero));
        application.CurrentUserPermission.Should().Be(PermissionRole.Owner);
    }

    [Fact]
    public void CreateApplicationRequest_WrittenByTheClient_MatchesTheGoldenDocument()
    {
        GoldenJson.Write(new CreateApplicationRequest { Name = "portfolio-dashboard" }).ShouldBeSameJsonAs(GoldenFiles.Json("CreateApplicationRequest"));
        GoldenJson.Read<CreateApplicationRequest>(GoldenFiles.Json("CreateApplicationRequest")).Name.Should().Be("portfolio-dashboard");
    }

    [Fact]
    public void AccessToken_GoldenDocument_ReadsEveryFieldIncludingBothSecrets()
    {
        var token = GoldenJson.Read<AccessToken>(GoldenFiles.Json("AccessToken"));

        token.Id.Should().Be(AccessTokenId);
        token.Name.Should().Be("portfolio-dashboard");
        token.Scopes.Should().Equal(AccessTokenScope.Api, AccessTokenScope.QuantumTokens);
        token.CreatedAt.Should().Be(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
        token.UsedAt.Should().Be(new DateTimeOffset(2024, 3, 5, 14, 22, 10, 500, TimeSpan.Zero));
        token.ExpiresAt.Should().Be(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        token.Value.Should().Be(AccessTokenValue);
        token.Token.Should().Be(AccessTokenToken);
    }
}
