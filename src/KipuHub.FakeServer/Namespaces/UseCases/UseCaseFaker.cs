using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.UseCases;

/// <summary>Use cases; the seeder assigns the tenant and the author.</summary>
internal sealed class UseCaseFaker : SeededFaker<UseCaseRecord>
{
    private static readonly string[] s_fields =
        ["Portfolio Optimization", "Drug Discovery", "Battery Materials", "Vehicle Routing", "Fraud Detection", "Supply Chain",
         "Grid Balancing", "Protein Folding", "Credit Scoring", "Traffic Control", "Crew Scheduling", "Climate Modelling"];

    private static readonly string[] s_approaches = ["with QAOA", "with VQE", "by Annealing", "with Quantum ML", "with Grover Search", "with Hybrid Solvers"];

    private static readonly string[] s_tags = ["finance", "chemistry", "logistics", "energy", "optimization", "simulation", "machine-learning", "healthcare"];

    public UseCaseFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "UseCase", referenceDate)
    {
        RuleFor(u => u.Id, f => f.Random.Uuid().ToString());
        RuleFor(u => u.Title, f => $"{f.PickRandom(s_fields)} {f.PickRandom(s_approaches)}");
        RuleFor(u => u.Summary, f => f.Lorem.Sentence(8));
        RuleFor(u => u.Description, f => f.Lorem.Paragraphs(2));
        RuleFor(u => u.Tags, f => [.. f.PickRandom(s_tags, f.Random.Int(1, 3))]);
        RuleFor(u => u.CreatedAt, f => Past(f, 2));
        RuleFor(u => u.ModifiedAt, (f, u) => WholeSeconds(u.CreatedAt.AddDays(f.Random.Int(0, 90))));
    }
}
