using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace KipuHub.Benchmarks;

/// <summary>The jobs the suite runs: one short job everywhere, and the client's calls under two GC budgets besides.</summary>
public static class BenchJobs
{
    /// <summary>3 warm-up and 15 measured iterations in one process: enough on a quiet machine, within the time budget.</summary>
    public static Job Short { get; } = Job.Default.WithWarmupCount(3).WithIterationCount(15).WithLaunchCount(1);

    /// <summary>
    /// The machine's own Gen0 budget depends on its cache size and container limits (2 MiB on this machine, about 16 MiB
    /// on others), and what survives a Gen0 collection costs more the more often they come. So the client's calls also
    /// run with the budget set both ways, small and large, and a result must hold in both.
    /// </summary>
    public sealed class GcBudgets : ManualConfig
    {
        public GcBudgets()
        {
            AddJob(Short.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "0x200000")).WithId("Gen0-2MiB"));
            AddJob(Short.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "0x4000000")).WithId("Gen0-64MiB"));
        }
    }
}
