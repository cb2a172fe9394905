using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>Algorithms of the quantum computing literature; the seeder assigns the tenant and the author.</summary>
internal sealed class AlgorithmFaker : SeededFaker<AlgorithmRecord>
{
    private static readonly (string Name, string Acronym, string Intent)[] s_known =
    [
        ("Quantum Approximate Optimization Algorithm", "QAOA", "Approximates solutions of combinatorial optimization problems."),
        ("Variational Quantum Eigensolver", "VQE", "Finds the ground-state energy of a Hamiltonian."),
        ("Grover Search", "GROVER", "Finds a marked item in an unstructured search space."),
        ("Shor Factoring", "SHOR", "Factors integers in polynomial time."),
        ("Quantum Phase Estimation", "QPE", "Estimates an eigenphase of a unitary operator."),
        ("Quantum Fourier Transform", "QFT", "Applies the discrete Fourier transform to amplitudes."),
        ("Harrow-Hassidim-Lloyd Linear Solver", "HHL", "Solves sparse linear systems of equations."),
        ("Quantum Amplitude Estimation", "QAE", "Estimates the amplitude of a marked state."),
        ("Deutsch-Jozsa", "DJ", "Decides whether a function is constant or balanced."),
        ("Bernstein-Vazirani", "BV", "Recovers a hidden bit string with one query."),
        ("Simon Period Finding", "SIMON", "Finds the hidden period of a two-to-one function."),
        ("Quantum Walk Search", "QWS", "Searches a graph by a quantum walk."),
        ("Quantum Annealing", "QA", "Minimizes an Ising energy by adiabatic evolution."),
        ("Quantum Support Vector Machine", "QSVM", "Classifies data with a quantum kernel."),
        ("Variational Quantum Classifier", "VQC", "Classifies data with a trained parameterized circuit."),
        ("Quantum Boltzmann Machine", "QBM", "Learns a distribution with a quantum Gibbs state."),
        ("Quantum Counting", "QC", "Counts the solutions of a search problem."),
        ("Quantum Principal Component Analysis", "QPCA", "Finds the principal components of a density matrix."),
        ("Trotter-Suzuki Hamiltonian Simulation", "TROTTER", "Simulates time evolution under a Hamiltonian."),
        ("Quantum Monte Carlo Integration", "QMCI", "Estimates expectation values with quadratic speed-up."),
        ("Warm-Start QAOA", "WS-QAOA", "Starts QAOA from a classical relaxation."),
        ("ADAPT-VQE", "ADAPT", "Grows a VQE ansatz operator by operator."),
        ("Quantum Imaginary Time Evolution", "QITE", "Prepares ground states by imaginary time evolution."),
        ("Variational Quantum Deflation", "VQD", "Finds excited states of a Hamiltonian."),
        ("Quantum Generative Adversarial Network", "QGAN", "Learns to generate samples of a distribution."),
    ];

    private static readonly string[] s_variants = ["", "", "", " for Portfolios", " on Graphs", " with Error Mitigation", " (Hardware-Efficient)", " for Chemistry"];

    public AlgorithmFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "Algorithm", referenceDate)
    {
        RuleFor(a => a.Id, f => f.Random.Uuid().ToString());
        RuleFor(a => a.Intent, f => f.PickRandom(s_known).Intent);
        RuleFor(a => a.Name, (f, a) => s_known.First(k => k.Intent == a.Intent).Name + f.PickRandom(s_variants));
        RuleFor(a => a.Acronym, (f, a) => s_known.First(k => k.Intent == a.Intent).Acronym);
        RuleFor(a => a.Description, f => f.Lorem.Paragraphs(2));
        RuleFor(a => a.Visibility, f => f.Random.Bool(0.2f) ? AlgorithmVisibility.Public : AlgorithmVisibility.Private);
        RuleFor(a => a.CreatedAt, f => Past(f, 2));
        RuleFor(a => a.ModifiedAt, (f, a) => WholeSeconds(a.CreatedAt + (referenceDate - a.CreatedAt) * f.Random.Double(0, 0.5)));
    }
}
