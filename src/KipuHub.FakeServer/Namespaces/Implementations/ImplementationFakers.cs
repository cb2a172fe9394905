using System.Globalization;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Implementations;

/// <summary>Implementations; the seeder assigns the algorithm and the author.</summary>
internal sealed class ImplementationFaker : SeededFaker<ImplementationRecord>
{
    private static readonly string[] s_technologies = ["Qiskit", "Cirq", "PennyLane", "Amazon Braket", "Q#", "PyQuil", "D-Wave Ocean", "CUDA-Q"];
    private static readonly string[] s_flavours = ["Reference", "Tutorial", "Benchmark", "Noise-Aware", "Batched", "Minimal", "Production"];

    public ImplementationFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "Implementation", referenceDate)
    {
        RuleFor(i => i.Id, f => f.Random.Uuid().ToString());
        RuleFor(i => i.Technology, f => f.PickRandom(s_technologies));
        RuleFor(i => i.Name, (f, i) => $"{f.PickRandom(s_flavours)} {i.Technology} implementation");
        RuleFor(i => i.Version, f => string.Create(CultureInfo.InvariantCulture, $"{f.Random.Int(0, 3)}.{f.Random.Int(0, 12)}.{f.Random.Int(0, 9)}"));
        RuleFor(i => i.Description, f => f.Lorem.Paragraph());
    }
}
