using System.Globalization;
using System.Text.Json.Nodes;
using Bogus;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceExecutions;

/// <summary>
/// What an execution was started with, gave back, logged and used. All of it follows from the execution's id (its own
/// stream through <see cref="StableSeed"/>, so the seed decides it through the id) and from its times at the moment of
/// the read: a running execution's log and metrics grow as the clock moves, and stop growing when it ends.
/// </summary>
internal sealed class ExecutionContent
{
    private static readonly string[] s_problems = ["max-cut", "portfolio", "vehicle-routing", "ground-state", "graph-coloring", "knapsack"];
    private static readonly string[] s_backends = ["aws.sim.sv1", "ionq.simulator", "azure.ionq.aria", "qiskit.aer", "ibm.brisbane"];
    private static readonly double[] s_cores = [0.5, 1, 2, 4];
    private static readonly int[] s_shots = [100, 500, 1000, 4000];

    private readonly string _problem;
    private readonly string _backend;
    private readonly int[] _values;
    private readonly int _iterations;
    private readonly double _cores;
    private readonly int _memoryMegabytes;
    private readonly int _maxJobs;
    private readonly int _jobIntervalSeconds;
    private readonly int _shotsPerJob;
    private readonly string _bitstring;
    private readonly double _objective;

    private ExecutionContent(string executionId)
    {
        var draw = new Randomizer(StableSeed.For(0, "ExecutionContent/" + executionId));
        _problem = draw.ArrayElement(s_problems);
        _backend = draw.ArrayElement(s_backends);
        _values = [.. Enumerable.Range(0, draw.Int(4, 10)).Select(_ => draw.Int(1, 99))];
        _iterations = draw.Int(5, 20) * 10;
        _cores = draw.ArrayElement(s_cores);
        _memoryMegabytes = draw.Int(1, 16) * 256;
        _maxJobs = draw.Int(1, 6);
        _jobIntervalSeconds = draw.Int(15, 60);
        _shotsPerJob = draw.ArrayElement(s_shots);
        _bitstring = string.Concat(_values.Select(_ => draw.Bool() ? '1' : '0'));
        _objective = Math.Round(draw.Double(-50, 50), 4);
    }

    public static ExecutionContent Of(string executionId) => new(executionId);

    /// <summary>The JSON body the execution was started with: the service's <c>data</c> and <c>params</c>.</summary>
    public JsonObject Input() => new()
    {
        ["data"] = new JsonObject
        {
            ["problem"] = _problem,
            ["size"] = _values.Length,
            ["values"] = new JsonArray([.. _values.Select(v => (JsonNode?)v)]),
        },
        ["params"] = new JsonObject
        {
            ["backend"] = _backend,
            ["shots"] = _shotsPerJob,
            ["optimizer"] = "COBYLA",
            ["maxIterations"] = _iterations,
        },
    };

    /// <summary>The JSON result of a SUCCEEDED execution.</summary>
    public JsonObject Result(ExecutionRecord execution)
    {
        var jobs = JobsBy(execution, execution.EndedAt!.Value);
        return new JsonObject
        {
            ["solution"] = new JsonObject { ["bitstring"] = _bitstring, ["objective"] = _objective },
            ["metadata"] = new JsonObject
            {
                ["executionId"] = execution.Id,
                ["backend"] = _backend,
                ["quantumJobs"] = jobs,
                ["shots"] = (long)jobs * _shotsPerJob,
            },
        };
    }

    /// <summary>The log lines up to <paramref name="now"/>, each stamped with the clock time of its event.</summary>
    public IEnumerable<string> LogLines(ExecutionRecord execution, string serviceName, DateTimeOffset now)
    {
        yield return Line(execution.CreatedAt, $"Execution {execution.Id} of service '{serviceName}' queued");
        if (execution.StartedAt is not { } started)
        {
            if (execution.Status == ExecutionStatus.Cancelled && execution.EndedAt is { } cancelled)
            {
                yield return Line(cancelled, "Execution cancelled before it started");
            }
            yield break;
        }
        yield return Line(started, $"Started on {_cores.ToString(CultureInfo.InvariantCulture)} vCPU with {_memoryMegabytes} MB");
        var jobs = JobsBy(execution, execution.EndedAt ?? now);
        for (var job = 0; job < jobs; job++)
        {
            yield return Line(started.AddSeconds(job * _jobIntervalSeconds), $"Submitted quantum job {job + 1} ({_shotsPerJob} shots) to {_backend}");
        }
        if (execution.EndedAt is not { } ended)
        {
            yield break;
        }
        if (execution.Status == ExecutionStatus.Succeeded)
        {
            yield return Line(ended, "Execution succeeded; the result is ready");
        }
        else if (execution.Status == ExecutionStatus.Failed)
        {
            yield return Line(ended, $"ERROR: the service raised an exception while solving the {_problem} problem");
            yield return Line(ended, "Execution failed");
        }
        else if (execution.Status == ExecutionStatus.Cancelled)
        {
            yield return Line(ended, "Execution cancelled");
        }
    }

    /// <summary>What the execution used until its end, or until <paramref name="now"/> while it runs; zero before it starts.</summary>
    public ExecutionMetrics Metrics(ExecutionRecord execution, DateTimeOffset now)
    {
        var started = execution.StartedAt;
        var until = execution.EndedAt ?? now;
        var duration = started is { } s && until > s ? until - s : TimeSpan.Zero;
        var jobs = JobsBy(execution, until);
        return new ExecutionMetrics
        {
            ExecutionId = execution.Id,
            Status = execution.Status,
            DurationMs = (long)duration.TotalMilliseconds,
            CpuSeconds = Math.Round(duration.TotalSeconds * _cores, 3),
            MemoryPeakMegabytes = started is null ? 0 : _memoryMegabytes,
            QuantumJobs = jobs,
            QuantumShots = (long)jobs * _shotsPerJob,
        };
    }

    /// <summary>Jobs go out at the start and then every interval, up to the execution's number of jobs.</summary>
    private int JobsBy(ExecutionRecord execution, DateTimeOffset until) =>
        execution.StartedAt is { } started && until >= started
            ? (int)Math.Min(_maxJobs, Math.Floor((until - started).TotalSeconds / _jobIntervalSeconds) + 1)
            : 0;

    private static string Line(DateTimeOffset at, string text) =>
        $"{at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)} {text}";
}
