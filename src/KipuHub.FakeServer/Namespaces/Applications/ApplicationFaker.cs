using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Applications;

/// <summary>Applications; the seeder assigns the tenant.</summary>
internal sealed class ApplicationFaker : SeededFaker<ApplicationRecord>
{
    public ApplicationFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "Application", referenceDate)
    {
        RuleFor(a => a.Id, f => f.Random.Uuid().ToString());
        RuleFor(a => a.Name, f => $"{f.Commerce.ProductAdjective()} {f.Hacker.Noun()} app");
        RuleFor(a => a.CreatedAt, f => Past(f));
    }
}
