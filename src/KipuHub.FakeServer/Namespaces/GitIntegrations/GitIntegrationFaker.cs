using System.Security.Cryptography;
using System.Text;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.GitIntegrations;

/// <summary>Git integrations; the seeder assigns the tenant, makes names unique and sets the author.</summary>
internal sealed class GitIntegrationFaker : SeededFaker<GitIntegrationRecord>
{
    private static readonly string[] s_teams = ["Research", "Platform", "Demos", "Algorithms", "Benchmarks", "Workflows", "Services", "Notebooks"];

    public GitIntegrationFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "GitIntegration", referenceDate)
    {
        RuleFor(g => g.Id, f => f.Random.Uuid().ToString());
        RuleFor(g => g.Provider, f => f.Random.Bool(0.6f) ? GitProvider.GitHub : GitProvider.GitLab);
        RuleFor(g => g.Name, (f, g) => $"{f.PickRandom(s_teams)} on {(g.Provider == GitProvider.GitHub ? "GitHub" : "GitLab")}");
        RuleFor(g => g.InstallationId, (f, g) => g.Provider == GitProvider.GitHub ? f.Random.Long(10_000_000, 99_999_999) : null);
        // A seeded GitLab integration holds the hash of a token nobody knows: only that a token is stored matters.
        RuleFor(g => g.TokenHash, (f, g) => g.Provider == GitProvider.GitLab ? SecretHash.Of("glpat-" + f.Random.AlphaNumeric(20)) : null);
        RuleFor(g => g.RepositoryCount, f => f.Random.Int(0, 24));
        RuleFor(g => g.CreatedAt, f => Past(f, 2));
    }
}
