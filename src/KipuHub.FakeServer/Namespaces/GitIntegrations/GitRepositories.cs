using Bogus;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.GitIntegrations;

/// <summary>
/// The repositories an integration can import, derived from its id and repository count on every read: the same
/// integration always lists the same repositories, a created one has some too, and deleting it leaves none behind.
/// </summary>
internal static class GitRepositories
{
    private static readonly string[] s_subjects =
        ["qaoa", "vqe", "grover", "qml", "annealing", "qubo", "shor", "hybrid", "circuit", "noise"];

    private static readonly string[] s_kinds =
        ["portfolio", "solver", "demo", "service", "benchmarks", "notebooks", "sdk", "pipeline", "workflows", "experiments"];

    private static readonly string[] s_owners = ["kipu-demo", "qubit-lab", "quantum-garage", "hub-samples", "q-research"];

    private static readonly string[] s_groups = ["kipu-quantum/research", "kipu-quantum/platform", "lab/algorithms", "garage", "samples/demos"];

    /// <summary>The most repositories an integration has: one per name the subjects and kinds make.</summary>
    public static int MaxCount => s_subjects.Length * s_kinds.Length;

    /// <summary>How many repositories a newly created integration can import: decided by its id alone.</summary>
    public static int CountFor(string integrationId) => new Randomizer(StableSeed.For(0, "GitRepositoryCount/" + integrationId)).Int(1, 40);

    public static IReadOnlyList<GitRepository> Of(GitIntegrationRecord integration)
    {
        var random = new Randomizer(StableSeed.For(0, "GitRepositories/" + integration.Id));
        var github = integration.Provider == GitProvider.GitHub;
        var owner = random.ArrayElement(github ? s_owners : s_groups);
        var names = random.Shuffle(s_subjects.SelectMany(s => s_kinds.Select(k => $"{s}-{k}"))).Take(Math.Min(integration.RepositoryCount, MaxCount)).ToList();
        return [.. names.Select(name =>
        {
            var fullName = $"{owner}/{name}";
            return new GitRepository
            {
                Id = random.Uuid().ToString(),
                Name = name,
                FullName = fullName,
                DefaultBranch = random.WeightedRandom(["main", "master", "develop"], [0.7f, 0.2f, 0.1f]),
                Private = random.Bool(0.6f),
                Url = (github ? "https://github.com/" : "https://gitlab.com/") + fullName,
            };
        })];
    }
}
