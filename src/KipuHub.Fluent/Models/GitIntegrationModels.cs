using System.Text;
using KipuHub.Contract;

namespace KipuHub.Models;

/// <summary>A connection of a tenant to GitHub or GitLab, through which repositories can be imported.</summary>
public sealed record GitIntegration
{
    /// <summary>The integration's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name, unique in the tenant ignoring case.</summary>
    public string? Name { get; init; }

    /// <summary>The git host, filtered by <c>Where(g =&gt; g.Provider == GitProvider.GitHub)</c>.</summary>
    public GitProvider? Provider { get; init; }

    /// <summary>The GitHub App installation id, for a GitHub integration.</summary>
    public long? InstallationId { get; init; }

    /// <summary>Whether a token is stored, for a GitLab integration. The token itself is never sent back.</summary>
    public bool? HasToken { get; init; }

    /// <summary>When the integration was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who added it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The caller's role on the integration.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>
/// The body of <c>POST /git-integrations</c>: a GitHub integration names its <see cref="InstallationId"/>, a GitLab
/// one carries a <see cref="Token"/>, never both. <see cref="ToString"/> never shows the token.
/// </summary>
public sealed record CreateGitIntegrationRequest
{
    /// <summary>The git host: <see cref="GitProvider.GitHub"/> or <see cref="GitProvider.GitLab"/>.</summary>
    public GitProvider? Provider { get; init; }

    /// <summary>The name; required, 1 to 255 characters, unique in the tenant ignoring case.</summary>
    public string? Name { get; init; }

    /// <summary>The GitHub App installation id (a positive number); GitHub only.</summary>
    public long? InstallationId { get; init; }

    /// <summary>The GitLab access token, 1 to 255 characters; GitLab only. Write-only: stored, never sent back.</summary>
    [HubSecret]
    public string? Token { get; init; }

    /// <summary>Prints every member but the token, which shows as <c>***</c> when set.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Provider = {Provider}, Name = {Name}, InstallationId = {InstallationId}, Token = {(Token is null ? "" : "***")}");
        return true;
    }
}

/// <summary>A repository a git integration can import.</summary>
public sealed record GitRepository
{
    /// <summary>The repository's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The repository's name, without its owner.</summary>
    public string? Name { get; init; }

    /// <summary>The owner (account, organization or group path) and name, for example <c>kipu-demo/qaoa-portfolio</c>.</summary>
    public string? FullName { get; init; }

    /// <summary>The branch builds start from, for example <c>main</c>.</summary>
    public string? DefaultBranch { get; init; }

    /// <summary>Whether only members of its owner can see the repository.</summary>
    public bool? Private { get; init; }

    /// <summary>The repository's web address.</summary>
    public string? Url { get; init; }
}
