using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 4: wrk against every server in alternating rounds, all of them running at once. A shared machine's speed
/// drifts by more than the differences measured here, so one long run per server, one after another, compares
/// moments rather than servers; each round measures every server within seconds of the others (in a rotated
/// order), and the ratios are the median of the per-round ratios.
/// </summary>
public static partial class LoadRounds
{
    /// <summary>One server: its label, its URL and its result in each round.</summary>
    private sealed record Target(string Label, string Url)
    {
        public List<WrkResult> Rounds { get; } = [];
    }

    private sealed record WrkResult(double Rps, long P50Us, long P99Us, long NonSuccess, long SocketErrors);

    /// <summary>Runs the rounds and writes load-get.md. Targets are label|url; the first is the limit, the second the peer.</summary>
    public static async Task<int> RunAsync(int rounds, string duration, int connections, int threads, IReadOnlyList<string> targets, string results)
    {
        var servers = targets.Select(t => t.Split('|', 2)).Select(p => new Target(p[0], p[1])).ToList();
        foreach (var server in servers)
        {
            await WrkAsync(server.Url, "2s", 8, 1); // warm-up: JIT and tiering
        }
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < servers.Count; i++)
            {
                var server = servers[(i + round) % servers.Count];
                var result = await WrkAsync(server.Url, duration, connections, threads);
                server.Rounds.Add(result);
                Console.WriteLine($"round {round + 1} {server.Label}: {result.Rps:F0} req/s");
            }
        }
        var limit = servers[0];
        var peer = servers[1];
        var report = new Report("Fake server throughput (item 4)");
        report.Line($"wrk, loopback, -t{threads} -c{connections}, {rounds} rounds of {duration} per server after a 2 s warm-up each; every server")
            .Line("runs throughout and each round measures all of them in a rotated order. GET /qc-catalog/services?page=0&size=20 with")
            .Line("X-Auth-Token: demo-token; every server sends the same bytes (the fake's own page 0 of 20). " + Placement())
            .Line("req/s, p50 and p99 are medians over the rounds; the ratios are medians of the per-round")
            .Line("ratios (min-max in brackets), so a drift of the machine between rounds cancels out.")
            .Line();
        report.Table(["server", "req/s", "p50", "p99", "non-2xx", "socket errors", $"vs {peer.Label}", $"vs {limit.Label}"],
            servers.Select(s => new[]
            {
                s.Label,
                Report.N(Median(s.Rounds.Select(r => r.Rps)), "N0"),
                Report.Ms(Median(s.Rounds.Select(r => (double)r.P50Us)) / 1000),
                Report.Ms(Median(s.Rounds.Select(r => (double)r.P99Us)) / 1000),
                Report.N(s.Rounds.Sum(r => r.NonSuccess)),
                Report.N(s.Rounds.Sum(r => r.SocketErrors)),
                Ratio(s, peer),
                Ratio(s, limit),
            }));
        report.Save(results, "load-get");
        return servers.Any(s => s.Rounds.Any(r => r.NonSuccess > 0 || r.SocketErrors > 0)) ? 1 : 0;
    }

    private static string Placement() =>
        Environment.GetEnvironmentVariable("LOAD_CLIENT_CPUS") is { Length: > 0 } client
            ? $"wrk runs on core {client} and every server on core {Environment.GetEnvironmentVariable("LOAD_SERVER_CPUS")} (taskset), so a server's own cost per request, not the load generator's, sets its rate."
            : "Server and load generator share the machine's cores.";

    private static string Ratio(Target server, Target reference)
    {
        var ratios = server.Rounds.Zip(reference.Rounds, (a, b) => a.Rps / b.Rps).ToList();
        return $"{Report.X(Median(ratios))} ({Report.X(ratios.Min())}-{Report.X(ratios.Max())})";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<WrkResult> WrkAsync(string url, string duration, int connections, int threads)
    {
        var script = Path.Combine("benchmarks", "wrk", "report.lua");
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
            Field("p50"), Field("p99"), Field("non2xx"), Field("socket"));
    }

    [GeneratedRegex(@"RESULT requests=\d+ rps=(?<rps>[\d.]+) p50_us=(?<p50>\d+) p99_us=(?<p99>\d+) non2xx=(?<non2xx>\d+) socket_errors=(?<socket>\d+)")]
    private static partial Regex ResultLine();
}
