using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Secrets read from the wire never reach logs through <c>ToString()</c>.</summary>
public class SecretRedactionTests
{
    [Fact]
    public void AccessTokenToString_TokenWithValueAndToken_ShowsNeitherSecret()
    {
        var text = GoldenJson.Read<AccessToken>(GoldenFiles.Json("AccessToken")).ToString();

        text.Should().NotContain(AccessTokenValue).And.NotContain(AccessTokenToken);
        text.Should().Contain(AccessTokenId, "the id identifies the token without exposing it");
    }

    [Fact]
    public void AuthPrincipal_OlderShapeEchoingTheToken_KeepsNoTraceOfIt()
    {
        var principal = GoldenJson.Read<AuthPrincipal>($$"""{"user":{"id":"{{UserId}}","username":"ada.lovelace"},"accessToken":"{{PersonalAccessToken}}","roles":["user"]}""");

        principal.AccessToken.Should().BeNull("the client never keeps a secret it did not ask for");
        principal.ToString().Should().NotContain(PersonalAccessToken).And.Contain("ada.lovelace");
    }

    [Fact]
    public void ServiceSourceToString_RegistrySource_HidesThePassword()
    {
        var text = GoldenJson.Read<ServiceSource>(GoldenFiles.Json("ServiceSource-registry")).ToString();

        text.Should().NotContain(RegistryPassword);
        text.Should().Contain("ghcr.io/kipu-demo/qaoa-portfolio-optimizer");
    }

    [Fact]
    public void ToString_RecordsHoldingAServiceSource_HideThePassword()
    {
        GoldenJson.Read<UpdateVersionRequest>(GoldenFiles.Json("UpdateVersionRequest")).ToString().Should().NotContain(RegistryPassword);
        GoldenJson.Read<ServiceDefinition>(GoldenFiles.Json("ServiceDefinition-managed")).ToString().Should().NotContain(RegistryPassword);
    }
}
