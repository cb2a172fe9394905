using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>A GitLab token is write-only: the request record that carries it never prints it.</summary>
public sealed class GitIntegrationModelsTests
{
    private const string Token = "glpat-golden-0123456789abcdef";

    [Fact]
    public void CreateRequestToString_WithAToken_HidesTheToken_AndShowsTheRest()
    {
        var request = GoldenJson.Read<CreateGitIntegrationRequest>(GoldenFiles.Json("CreateGitIntegrationRequest-gitlab"));

        request.Token.Should().Be(Token, "the golden request carries the token the test looks for");
        request.ToString().Should().NotContain(Token).And.Contain("Research on GitLab").And.Contain("GITLAB").And.Contain("Token = ***");
        $"{new { Request = request }}".Should().NotContain(Token, "a record nesting it prints it through the same ToString");
    }

    [Fact]
    public void CreateRequestToString_GitHub_ShowsTheInstallationId()
    {
        var request = new CreateGitIntegrationRequest { Provider = GitProvider.GitHub, Name = "Demos", InstallationId = 48213377 };

        request.ToString().Should().Be("CreateGitIntegrationRequest { Provider = GITHUB, Name = Demos, InstallationId = 48213377, Token =  }");
    }

    [Fact]
    public void Provider_UnknownValue_IsKept()
    {
        var integration = GoldenJson.Read<GitIntegration>("""{"id":"x","provider":"BITBUCKET"}""");

        integration.Provider.Should().Be(new GitProvider("BITBUCKET"));
        GoldenJson.Write(integration, typeof(GitIntegration)).Should().Contain("\"BITBUCKET\"");
    }
}
