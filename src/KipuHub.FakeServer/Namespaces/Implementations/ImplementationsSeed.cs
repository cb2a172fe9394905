using System.Text;
using Bogus;
using KipuHub.FakeServer.Namespaces.Algorithms;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Implementations;

/// <summary>
/// The seeded implementations, from streams of their own: the first algorithm of "Kipu Demo Org" has 26 (more than a
/// page of 20 or 25), every other algorithm none to two; each implementation has none to two small text files, except
/// the first of that first algorithm, which has more than a page of them.
/// </summary>
internal static class ImplementationsSeed
{
    private const int ImplementationsOfTheFirstDemoAlgorithm = 21;

    /// <summary>
    /// Implementations of the demo organization's first algorithm drawn after every other algorithm's, so that no earlier
    /// implementation moves and it has 26.
    /// </summary>
    private const int LaterImplementationsOfTheFirstDemoAlgorithm = 5;

    /// <summary>Files of the first implementation of the demo organization's first algorithm: more than a page, whether of 20 or 25.</summary>
    private const int ShowcaseFiles = 26;

    private static readonly (string Name, string ContentType)[] s_files =
        [("program.py", "text/x-python"), ("README.md", "text/markdown"), ("circuit.qasm", "text/plain"), ("requirements.txt", "text/plain")];

    public static void Run(SeedContext seed)
    {
        var faker = new ImplementationFaker(seed.Seed, seed.ReferenceDate);
        var counts = new Randomizer(StableSeed.For(seed.Seed, "ImplementationCount"));
        var files = new Randomizer(StableSeed.For(seed.Seed, "ImplementationFile"));
        var demoOrg = seed.Tenant(TenancySeed.DemoOrg).Id;
        var first = seed.Rows(AlgorithmsModule.Algorithms).First(a => a.TenantId == demoOrg).Id;
        foreach (var algorithm in seed.Rows(AlgorithmsModule.Algorithms).ToList())
        {
            var count = algorithm.Id == first ? ImplementationsOfTheFirstDemoAlgorithm : counts.Number(0, 2);
            Implement(seed, algorithm, faker.Generate(count), counts, files);
        }
        Implement(seed, seed.Rows(AlgorithmsModule.Algorithms).First(a => a.Id == first), faker.Generate(LaterImplementationsOfTheFirstDemoAlgorithm), counts, files);
        PagedShowcase(seed, first);
    }

    private static void Implement(SeedContext seed, AlgorithmRecord algorithm, List<ImplementationRecord> implementations, Randomizer counts, Randomizer files)
    {
        foreach (var generated in implementations)
        {
            var created = Between(algorithm.CreatedAt, seed.ReferenceDate, counts);
            var implementation = generated with
            {
                AlgorithmId = algorithm.Id,
                CreatedAt = created,
                ModifiedAt = Between(created, seed.ReferenceDate, counts),
                CreatedBy = algorithm.CreatedBy,
            };
            seed.Add(ImplementationsModule.Implementations, implementation);
            foreach (var (name, contentType) in files.Shuffle(s_files).Take(files.Number(0, 2)))
            {
                seed.Add(ImplementationsModule.Files, new ImplementationFileRecord
                {
                    Id = files.Uuid().ToString(),
                    ImplementationId = implementation.Id,
                    Name = name,
                    ContentType = contentType,
                    Bytes = Encoding.UTF8.GetBytes(Content(name, implementation)),
                    CreatedAt = Between(created, seed.ReferenceDate, files),
                    CreatedBy = implementation.CreatedBy,
                });
            }
        }
    }

    /// <summary>
    /// Files for the first implementation of <paramref name="algorithmId"/> up to <see cref="ShowcaseFiles"/>, one QASM
    /// circuit per step, from a stream of their own so that no other seeded value moves.
    /// </summary>
    private static void PagedShowcase(SeedContext seed, string algorithmId)
    {
        var random = new Randomizer(StableSeed.For(seed.Seed, "ImplementationFileShowcase"));
        var implementation = seed.Rows(ImplementationsModule.Implementations).First(i => i.AlgorithmId == algorithmId);
        var existing = seed.Rows(ImplementationsModule.Files).Count(f => f.ImplementationId == implementation.Id);
        for (var n = existing + 1; n <= ShowcaseFiles; n++)
        {
            var qubits = random.Number(2, 8);
            seed.Add(ImplementationsModule.Files, new ImplementationFileRecord
            {
                Id = random.Uuid().ToString(),
                ImplementationId = implementation.Id,
                Name = $"step-{n:00}.qasm",
                ContentType = "text/plain",
                Bytes = Encoding.UTF8.GetBytes($"OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[{qubits}];\nh q[0];\n"),
                CreatedAt = Between(implementation.CreatedAt, seed.ReferenceDate, random),
                CreatedBy = implementation.CreatedBy,
            });
        }
    }

    private static DateTimeOffset Between(DateTimeOffset from, DateTimeOffset until, Randomizer random) =>
        SeededFaker<ImplementationRecord>.WholeSeconds(from + (until - from) * random.Double(0.05, 0.95));

    private static string Content(string name, ImplementationRecord implementation) => name switch
    {
        "program.py" => $"\"\"\"{implementation.Name} {implementation.Version}.\"\"\"\n\ndef run(data=None, params=None):\n    return {{\"result\": data or {{}}}}\n",
        "README.md" => $"# {implementation.Name}\n\nWritten with {implementation.Technology}, version {implementation.Version}.\n",
        "circuit.qasm" => "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\nh q[0];\ncx q[0],q[1];\n",
        _ => $"{implementation.Technology?.ToLowerInvariant().Replace(' ', '-')}\n",
    };
}
