using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.GitIntegrations;

/// <summary>
/// The git integrations rules (docs/contract.md#git-integrations): a GITHUB integration names a positive GitHub App
/// installation id and no token; a GITLAB one carries a token of 1 to 255 characters and no installation id; names are
/// 1 to 255 characters and unique in the tenant ignoring case. The token is kept as a hash and never answered or
/// quoted in a message.
/// </summary>
internal static class GitIntegrationsDomain
{
    private const int MaxTokenLength = 255;

    private static readonly string s_providers = $"{GitProvider.GitHub}, {GitProvider.GitLab}";

    public static IReadOnlyList<GitIntegration> List(FakeHubStore store, Caller caller) =>
        store.ListOwned(GitIntegrationsModule.Integrations, caller, g => Dto(g, caller));

    public static Result<GitIntegration> Get(FakeHubStore store, Caller caller, string integrationId) =>
        store.GetOwned(GitIntegrationsModule.Integrations, caller, integrationId, g => Dto(g, caller));

    public static Result<IReadOnlyList<GitRepository>> Repositories(FakeHubStore store, Caller caller, string integrationId) =>
        store.GetOwned(GitIntegrationsModule.Integrations, caller, integrationId, GitRepositories.Of);

    public static Result<GitIntegration> Create(FakeHubStore store, Caller caller, CreateGitIntegrationRequest request)
    {
        if (Problem(request) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var integrations = store.Table(GitIntegrationsModule.Integrations);
        if (integrations.VisibleTo(caller).FirstOrDefault(g => string.Equals(g.Name, request.Name, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            return write.Commit<GitIntegration>(Failure.Conflict($"{caller.DescribeTenant()} already has a git integration named '{Echo.Of(existing.Name)}' " +
                $"('{existing.Id}'); names are unique ignoring case. Choose another name, or delete that integration first."));
        }
        var id = store.NextId();
        var integration = new GitIntegrationRecord
        {
            Id = id,
            TenantId = caller.TenantId,
            Name = request.Name!,
            Provider = request.Provider!.Value,
            InstallationId = request.InstallationId,
            TokenHash = request.Token is { } token ? SecretHash.Of(token) : null,
            RepositoryCount = GitRepositories.CountFor(id),
            CreatedAt = store.Tick(),
            CreatedBy = caller.Username,
        };
        integrations.Add(integration);
        return write.Commit<GitIntegration>(Dto(integration, caller));
    }

    public static Failure? Delete(FakeHubStore store, Caller caller, string integrationId) =>
        store.DeleteOwned(GitIntegrationsModule.Integrations, caller, integrationId);

    /// <summary>What is wrong with a create body, naming the field and what is accepted; never quoting the token.</summary>
    private static Failure? Problem(CreateGitIntegrationRequest request)
    {
        if (request.Provider is not { Value: { } provider })
        {
            return Failure.Invalid($"The git integration needs a 'provider': one of {s_providers}.");
        }
        if (request.Provider != GitProvider.GitHub && request.Provider != GitProvider.GitLab)
        {
            return Failure.Invalid($"'provider' must be one of {s_providers}; got '{Echo.Of(provider)}'.");
        }
        if (Validation.Name(request.Name, "git integration") is { } badName)
        {
            return badName;
        }
        if (request.Provider == GitProvider.GitHub)
        {
            if (request.Token is not null)
            {
                return Failure.Invalid("A GITHUB integration takes no 'token': it connects through the GitHub App installation named by 'installationId'.");
            }
            return request.InstallationId is not > 0
                ? Failure.Invalid($"A GITHUB integration needs an 'installationId', the positive number of a GitHub App installation; " +
                    $"it was {(request.InstallationId is { } given ? given.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing")}.")
                : null;
        }
        if (request.InstallationId is not null)
        {
            return Failure.Invalid("A GITLAB integration takes no 'installationId': it connects through its 'token'.");
        }
        return string.IsNullOrWhiteSpace(request.Token)
            ? Failure.Invalid($"A GITLAB integration needs a 'token' of 1 to {MaxTokenLength} characters; it was {(request.Token is null ? "missing" : "blank")}.")
            : request.Token.Length > MaxTokenLength
                ? Failure.Invalid($"The 'token' is {request.Token.Length} characters long; at most {MaxTokenLength} are allowed.")
                : null;
    }

    private static GitIntegration Dto(GitIntegrationRecord integration, Caller caller) => new()
    {
        Id = integration.Id,
        Name = integration.Name,
        Provider = integration.Provider,
        InstallationId = integration.InstallationId,
        HasToken = integration.Provider == GitProvider.GitLab ? integration.TokenHash is not null : null,
        CreatedAt = integration.CreatedAt,
        CreatedBy = integration.CreatedBy,
        CurrentUserPermission = integration.TenantId == caller.TenantId ? caller.Role : null,
    };
}
