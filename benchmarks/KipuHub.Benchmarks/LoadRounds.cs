using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 4: wrk against every server in alternating rounds, all of them running at once. A shared machine's speed
/// drifts by more than the differences measured here, so one long run per server, one after another, compares
/// moments rather than servers; each round measures every server within seconds of the others (in a rotated
/// order), and the ratios are the median of the per-round ratios. Beside the rate, each round reads the server
/// process's CPU time from /proc: CPU per request is what a server costs whatever else the machine does meanwhile (a
/// neighbour's burst lowers every rate in a round, not the CPU a request takes), so it is the steadier comparison.
/// </summary>
public static partial class LoadRounds
{
    /// <summary>One server: its label, its URL, its process id and its result in each round.</summary>
    private sealed record Target(string Label, string Url, int Pid)
    {
        public List<WrkResult> Rounds { get; } = [];
    }

    private sealed record WrkResult(double Rps, long P50Us, long P99Us, long NonSuccess, long SocketErrors, long Requests)
    {
        /// <summary>The server process's CPU time (user and system) per request answered, in microseconds.</summary>
        public double CpuUsPerRequest { get; init; }
    }

    /// <summary>What every round sends: wrk's script, the report it fills and the words that describe the requests.</summary>
    public sealed record Workload(string Script, string ReportName, string Title, string Requests)
    {
        /// <summary>The page every server answers with the same bytes.</summary>
        public static Workload Reads { get; } = new("report.lua", "load-get", "Fake server throughput (item 4)",
            "GET /qc-catalog/services?page=0&size=20 with X-Auth-Token: demo-token; every server sends the same bytes (the fake's own page 0 of 20).");

        /// <summary>
        /// Creating applications: the store grows on every server alike, and alternating rounds keep a drift of the
        /// machine out of the comparison, as they do for reads.
        /// </summary>
        public static Workload Writes { get; } = new("post-application.lua", "load-writes", "Fake server writes, alternating (item 4)",
            "POST /qc-catalog/v2/applications {\"name\":\"wrk-load\"} with X-Auth-Token: demo-token; each 201 stores one more application.");
    }

    /// <summary>
    /// Runs the rounds and writes the workload's report. Targets are label|url|pid; the first <paramref name="references"/> of them
    /// are what every server is compared with (the limit first, its CPU is the 'by CPU' baseline of the text).
    /// </summary>
    public static async Task<int> RunAsync(Workload workload, int rounds, string duration, int connections, int threads, int references, IReadOnlyList<string> targets, string results)
    {
        var servers = targets.Select(t => t.Split('|', 3)).Select(p => new Target(p[0], p[1], int.Parse(p[2], CultureInfo.InvariantCulture))).ToList();
        foreach (var server in servers)
        {
            await WrkAsync(workload, server.Url, Environment.GetEnvironmentVariable("LOAD_WARMUP") ?? "10s", connections, threads); // JIT and tiering
        }
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < servers.Count; i++)
            {
                var server = servers[(i + round) % servers.Count];
                var cpuBefore = CpuTicks(server.Pid);
                var result = await WrkAsync(workload, server.Url, duration, connections, threads);
                result = result with { CpuUsPerRequest = (CpuTicks(server.Pid) - cpuBefore) * 1e6 / TicksPerSecond / Math.Max(1, result.Requests) };
                server.Rounds.Add(result);
                Console.WriteLine($"round {round + 1} {server.Label}: {result.Rps:F0} req/s, {result.CpuUsPerRequest:F1} CPU µs per request");
            }
        }
        var compared = servers.Take(references).ToList();
        var report = new Report(workload.Title);
        report.Line($"wrk, loopback, -t{threads} -c{connections}, {rounds} rounds of {duration} per server after a warm-up of {Environment.GetEnvironmentVariable("LOAD_WARMUP") ?? "10s"} each; every server")
            .Line("runs throughout and each round measures all of them in a rotated order.")
            .Line(workload.Requests + " " + Placement())
            .Line("req/s, p50 and p99 are medians over the rounds; the ratios are medians of the per-round")
            .Line("ratios (min-max in brackets), so a drift of the machine between rounds cancels out. 'CPU per request' is the server")
            .Line("process's user and system time over the requests it answered in the round (from /proc); 'by CPU' is the reference's")
            .Line("CPU per request divided by the server's, the rate each would reach on a core of its own, untouched by what the rest of")
            .Line("the machine does during a round.")
            .Line();
        report.Table(["server", "req/s", "p50", "p99", "non-2xx", "socket errors", "CPU per request",
                .. compared.Select(c => $"vs {c.Label}"), .. compared.Select(c => $"vs {c.Label}, by CPU")],
            servers.Select(s => (string[])
            [
                s.Label,
                Report.N(Median(s.Rounds.Select(r => r.Rps)), "N0"),
                Report.Ms(Median(s.Rounds.Select(r => (double)r.P50Us)) / 1000),
                Report.Ms(Median(s.Rounds.Select(r => (double)r.P99Us)) / 1000),
                Report.N(s.Rounds.Sum(r => r.NonSuccess)),
                Report.N(s.Rounds.Sum(r => r.SocketErrors)),
                Report.N(Median(s.Rounds.Select(r => r.CpuUsPerRequest)), "0.0") + " µs",
                .. compared.Select(c => Ratio(s, c, r => r.Rps)),
                .. compared.Select(c => Ratio(s, c, r => 1 / r.CpuUsPerRequest)),
            ]));
        report.Save(results, workload.ReportName);
        return servers.Any(s => s.Rounds.Any(r => r.NonSuccess > 0 || r.SocketErrors > 0)) ? 1 : 0;
    }

    private static string Placement() =>
        Environment.GetEnvironmentVariable("LOAD_CLIENT_CPUS") is { Length: > 0 } client
            ? $"wrk runs on core {client} and every server on core {Environment.GetEnvironmentVariable("LOAD_SERVER_CPUS")} (taskset), so a server's own cost per request, not the load generator's, sets its rate."
            : "Server and load generator share the machine's cores.";

    private static string Ratio(Target server, Target reference, Func<WrkResult, double> rate)
    {
        var ratios = server.Rounds.Zip(reference.Rounds, (a, b) => rate(a) / rate(b)).ToList();
        return $"{Report.X(Median(ratios))} ({Report.X(ratios.Min())}-{Report.X(ratios.Max())})";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Linux's clock ticks per second for /proc times (USER_HZ, 100 on every mainstream kernel).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>The process's user plus system time so far, in clock ticks (/proc/PID/stat fields 14 and 15).</summary>
    private static long CpuTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static async Task<WrkResult> WrkAsync(Workload workload, string url, string duration, int connections, int threads)
    {
        var script = Path.Combine("benchmarks", "wrk", workload.Script);
        string[] arguments = ["-t" + threads, "-c" + connections, "-d" + duration, "--latency", "-H", "X-Auth-Token: demo-token", "-s", script, url];
        // LOAD_CLIENT_CPUS (set by run.sh): wrk runs on those cores only, apart from the servers'.
        var start = Environment.GetEnvironmentVariable("LOAD_CLIENT_CPUS") is { Length: > 0 } cpus
            ? new ProcessStartInfo("taskset", ["-c", cpus, "wrk", .. arguments])
            : new ProcessStartInfo("wrk", arguments);
        start.RedirectStandardOutput = true;
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var line = ResultLine().Match(output);
        if (!line.Success)
        {
            throw new InvalidOperationException($"wrk printed no RESULT line for {url}:{Environment.NewLine}{output}");
        }
        long Field(string name) => long.Parse(line.Groups[name].Value, CultureInfo.InvariantCulture);
        return new WrkResult(double.Parse(line.Groups["rps"].Value, CultureInfo.InvariantCulture),
            Field("p50"), Field("p99"), Field("non2xx"), Field("socket"), Field("requests"));
    }

    [GeneratedRegex(@"RESULT requests=(?<requests>\d+) rps=(?<rps>[\d.]+) p50_us=(?<p50>\d+) p99_us=(?<p99>\d+) non2xx=(?<non2xx>\d+) socket_errors=(?<socket>\d+)")]
    private static partial Regex ResultLine();
}
