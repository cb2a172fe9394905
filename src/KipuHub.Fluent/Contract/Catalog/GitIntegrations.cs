using KipuHub.Models;

namespace KipuHub.Contract;

// The git_integrations namespace: connections of a tenant to GitHub (an app installation) or GitLab (a token), and the
// repositories each can import. Modelled; managing them is a MAINTAINER's job, deleting one included.
public static partial class HubCatalog
{
    /// <summary>Lists the git integrations of the tenant, a page at a time.</summary>
    [HubEndpoint("git_integrations", "GET", "/git-integrations", Shape = HubResultShape.Page, Result = typeof(GitIntegration),
        Evidence = HubEvidence.Modelled, Summary = "Lists the git integrations of the tenant, a page at a time.")]
    [HubFilter(nameof(GitIntegration.Provider), "provider")]
    [HubSort(nameof(GitIntegration.CreatedAt), "createdAt")]
    [HubSort(nameof(GitIntegration.Name), "name")]
    public static HubEndpoint GitIntegrationsList => Entry();

    /// <summary>Adds a git integration: a GitHub App installation or a GitLab token.</summary>
    [HubEndpoint("git_integrations", "POST", "/git-integrations", Result = typeof(GitIntegration), Request = typeof(CreateGitIntegrationRequest),
        Evidence = HubEvidence.Modelled, Summary = "Adds a git integration: a GitHub App installation or a GitLab token.")]
    public static HubEndpoint GitIntegrationsCreate => Entry();

    /// <summary>Gets a git integration.</summary>
    [HubEndpoint("git_integrations", "GET", "/git-integrations/{id}", Result = typeof(GitIntegration), Evidence = HubEvidence.Modelled,
        Summary = "Gets a git integration.")]
    public static HubEndpoint GitIntegrationsGet => Entry();

    /// <summary>Removes a git integration; a MAINTAINER may, as a MAINTAINER may add one.</summary>
    [HubEndpoint("git_integrations", "DELETE", "/git-integrations/{id}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Modelled,
        MinimumRole = HubRole.Maintainer, Summary = "Removes a git integration; a MAINTAINER may, as a MAINTAINER may add one.")]
    public static HubEndpoint GitIntegrationsDelete => Entry();

    /// <summary>Lists the repositories a git integration can import, a page at a time.</summary>
    [HubEndpoint("git_integrations", "GET", "/git-integrations/{id}/repositories", Shape = HubResultShape.Page, Result = typeof(GitRepository),
        Evidence = HubEvidence.Modelled, Summary = "Lists the repositories a git integration can import, a page at a time.")]
    [HubSort(nameof(GitRepository.Name), "name")]
    public static HubEndpoint GitIntegrationRepositoriesList => Entry();
}
