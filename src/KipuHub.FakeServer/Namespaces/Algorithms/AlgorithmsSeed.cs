using System.Text;
using Bogus;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>
/// The seeded algorithms, each kind from its own stream (so no other seeded value moves): 27 in "Kipu Demo Org" (more
/// than a page of 20), a few in every other account, about one in five PUBLIC; sketches (SVG drawings) and relations
/// between algorithms of the same tenant; and member entries that open private algorithms to other seeded tenants:
/// two of "Kipu Demo Org" to "Qubit Research Lab" (VIEWER) and to alice's personal account (MAINTAINER), and one of
/// "Bob's Quantum Garage" to "Kipu Demo Org" (MAINTAINER). The demo organization's first algorithm also has more
/// than a page of sketches and of relations, so both lists can be paged through.
/// </summary>
internal static class AlgorithmsSeed
{
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 3,
        [TenancySeed.DemoOrg] = 27,
        [TenancySeed.Alice] = 2,
        [TenancySeed.Lab] = 4,
        [TenancySeed.Bob] = 1,
        [TenancySeed.Garage] = 3,
    };

    private static readonly AlgorithmRelationType[] s_relationTypes =
        [AlgorithmRelationType.Uses, AlgorithmRelationType.VariantOf, AlgorithmRelationType.Generalizes, AlgorithmRelationType.Specializes];

    public static void Run(SeedContext seed)
    {
        seed.AddPerTenant(AlgorithmsModule.Algorithms, s_perTenant, new AlgorithmFaker(seed.Seed, seed.ReferenceDate),
            (algorithm, tenant) => algorithm with { TenantId = tenant.Id, CreatedBy = tenant.OwnerUsername });
        var algorithms = seed.Rows(AlgorithmsModule.Algorithms).ToList();
        Sketches(seed, algorithms);
        Relations(seed, algorithms);
        Members(seed, algorithms);
        PagedShowcase(seed, algorithms);
    }

    /// <summary>
    /// Sketches and relations of the demo organization's first algorithm beyond a page, from a stream of their own so
    /// that no other seeded value moves: sketches up to <see cref="ShowcaseSketches"/>, and a relation to every other
    /// algorithm of the organization (26), the types in turn.
    /// </summary>
    private static void PagedShowcase(SeedContext seed, List<AlgorithmRecord> algorithms)
    {
        var random = new Randomizer(StableSeed.For(seed.Seed, "AlgorithmShowcase"));
        var demoOrganization = seed.Tenant(TenancySeed.DemoOrg).Id;
        var own = algorithms.Where(a => a.TenantId == demoOrganization).ToList();
        var first = own[0];
        var sketches = seed.Rows(AlgorithmsModule.Sketches).Count(s => s.AlgorithmId == first.Id);
        for (var n = sketches + 1; n <= ShowcaseSketches; n++)
        {
            AddSketch(seed, first, $"Step {n}", $"step-{n:00}.svg", random);
        }
        for (var i = 1; i < own.Count; i++)
        {
            seed.Add(AlgorithmsModule.Relations, new RelationRecord
            {
                Id = random.Uuid().ToString(),
                AlgorithmId = first.Id,
                TargetAlgorithmId = own[i].Id,
                RelationType = s_relationTypes[i % s_relationTypes.Length],
                CreatedAt = After(Later(first.CreatedAt, own[i].CreatedAt), seed.ReferenceDate, random),
                CreatedBy = first.CreatedBy,
            });
        }
    }

    /// <summary>Sketches of the demo organization's first algorithm: more than a page, whether of 20 or 25.</summary>
    private const int ShowcaseSketches = 26;

    /// <summary>One sketch for every other algorithm, two for every fifth.</summary>
    private static void Sketches(SeedContext seed, List<AlgorithmRecord> algorithms)
    {
        var random = new Randomizer(StableSeed.For(seed.Seed, "AlgorithmSketch"));
        for (var i = 0; i < algorithms.Count; i++)
        {
            var algorithm = algorithms[i];
            var count = i % 5 == 0 ? 2 : i % 2 == 0 ? 1 : 0;
            for (var n = 0; n < count; n++)
            {
                var title = n == 0 ? "Circuit" : "Workflow";
                AddSketch(seed, algorithm, title, $"{title.ToLowerInvariant()}.svg", random);
            }
        }
    }

    /// <summary>Relations between algorithms of one tenant: for about three in five, one to an earlier algorithm there.</summary>
    private static void Relations(SeedContext seed, List<AlgorithmRecord> algorithms)
    {
        var random = new Randomizer(StableSeed.For(seed.Seed, "AlgorithmRelation"));
        foreach (var group in algorithms.GroupBy(a => a.TenantId))
        {
            var own = group.ToList();
            for (var i = 1; i < own.Count; i++)
            {
                if (!random.Bool(0.6f))
                {
                    continue;
                }
                var target = own[random.Number(0, i - 1)];
                seed.Add(AlgorithmsModule.Relations, new RelationRecord
                {
                    Id = random.Uuid().ToString(),
                    AlgorithmId = own[i].Id,
                    TargetAlgorithmId = target.Id,
                    RelationType = random.ArrayElement(s_relationTypes),
                    CreatedAt = After(Later(own[i].CreatedAt, target.CreatedAt), seed.ReferenceDate, random),
                    CreatedBy = own[i].CreatedBy,
                });
            }
        }
    }

    private static void Members(SeedContext seed, List<AlgorithmRecord> algorithms)
    {
        var random = new Randomizer(StableSeed.For(seed.Seed, "AlgorithmMember"));
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (owner, target, role) in new[]
        {
            (TenancySeed.DemoOrg, TenancySeed.Lab, PermissionRole.Viewer),
            (TenancySeed.DemoOrg, TenancySeed.Alice, PermissionRole.Maintainer),
            (TenancySeed.Garage, TenancySeed.DemoOrg, PermissionRole.Maintainer),
        })
        {
            var from = seed.Tenant(owner);
            var to = seed.Tenant(target);
            // A private one where there is one (with another seed a tenant's few algorithms may all be public).
            var algorithm = algorithms.Where(a => a.TenantId == from.Id).OrderBy(a => a.Visibility == AlgorithmVisibility.Private ? 0 : 1)
                .First(a => used.Add(a.Id));
            seed.Add(AlgorithmsModule.Members, new MemberRecord
            {
                Id = random.Uuid().ToString(),
                AlgorithmId = algorithm.Id,
                PrincipalType = to.IsOrganization ? SharePrincipalType.Organization : SharePrincipalType.User,
                PrincipalId = to.Id,
                Role = role,
                CreatedAt = After(algorithm.CreatedAt, seed.ReferenceDate, random),
                CreatedBy = from.OwnerUsername,
            });
        }
    }

    /// <summary>An SVG sketch of the algorithm titled <paramref name="title"/>, its id, drawing and time drawn from <paramref name="random"/> in that order.</summary>
    private static void AddSketch(SeedContext seed, AlgorithmRecord algorithm, string title, string fileName, Randomizer random) =>
        seed.Add(AlgorithmsModule.Sketches, new SketchRecord
        {
            Id = random.Uuid().ToString(),
            AlgorithmId = algorithm.Id,
            Description = $"{title} of {algorithm.Name}.",
            FileName = fileName,
            ContentType = "image/svg+xml",
            Bytes = Drawing(algorithm, title, random),
            CreatedAt = After(algorithm.CreatedAt, seed.ReferenceDate, random),
            CreatedBy = algorithm.CreatedBy,
        });

    /// <summary>A moment between <paramref name="from"/> and <paramref name="until"/>, to the second.</summary>
    private static DateTimeOffset After(DateTimeOffset from, DateTimeOffset until, Randomizer random) =>
        SeededFaker<AlgorithmRecord>.WholeSeconds(from + (until - from) * random.Double(0.05, 0.95));

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>A small SVG drawing: a box per step of the sketch, labelled with the algorithm's acronym.</summary>
    private static byte[] Drawing(AlgorithmRecord algorithm, string title, Randomizer random)
    {
        var steps = random.Number(2, 5);
        var svg = new StringBuilder();
        svg.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{steps * 90 + 10}\" height=\"80\"><title>{title}: {algorithm.Acronym}</title>");
        for (var i = 0; i < steps; i++)
        {
            svg.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<rect x=\"{i * 90 + 10}\" y=\"20\" width=\"80\" height=\"40\" fill=\"none\" stroke=\"black\"/><text x=\"{i * 90 + 20}\" y=\"45\">{algorithm.Acronym} {i + 1}</text>");
        }
        svg.Append("</svg>");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }
}
