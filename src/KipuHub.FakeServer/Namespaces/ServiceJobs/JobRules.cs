using System.Globalization;
using System.Text.Json;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceJobs;

/// <summary>
/// How a job runs on the fake's clock (docs/contract.md#namespaces, service_jobs): it starts 2 seconds after its
/// creation and runs 5 to 60 seconds, as a stable draw on its id decides. It fails when its parameters are a JSON object
/// with <c>"fail": true</c>; otherwise it succeeds. (Seeded jobs also fail one in five, see <see cref="ServiceJobsSeed"/>.)
/// </summary>
internal static class JobRules
{
    public static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(2);

    public const int MinRunSeconds = 5;

    public const int MaxRunSeconds = 60;

    /// <summary>The stable draw of a job id that its run length (and, for seeded jobs, outcome) follows from.</summary>
    public static uint Draw(string jobId) => (uint)StableSeed.For(0, "JobRun:" + jobId);

    public static TimeSpan RunLength(string jobId) => TimeSpan.FromSeconds(MinRunSeconds + Draw(jobId) % (MaxRunSeconds - MinRunSeconds + 1));

    /// <summary>Whether the parameters ask the job to fail: a JSON object with <c>"fail": true</c>.</summary>
    public static bool FailsOnPurpose(string? parameters)
    {
        if (parameters is null)
        {
            return false;
        }
        using var document = JsonDocument.Parse(parameters);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("fail", out var fail) && fail.ValueKind == JsonValueKind.True;
    }

    /// <summary>A 422 naming the field unless the text, when given, is one JSON document.</summary>
    public static Failure? JsonTextProblem(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            return Failure.Invalid($"'{field}' must be JSON text (a JSON document written as a string, for example \"{{\\\"n\\\": 3}}\"); " +
                $"'{Echo.Of(text)}' is not: {e.Message}");
        }
    }

    public static JobOverview Overview(JobRecord job, ServiceRecord? service, DateTimeOffset now)
    {
        var state = job.At(now);
        return new()
        {
            Id = job.Id,
            Status = state.Status,
            CreatedAt = job.CreatedAt,
            StartedAt = state.StartedAt,
            EndedAt = state.EndedAt,
            ServiceDefinition = Definition(job, service),
        };
    }

    public static Job Dto(JobRecord job, ServiceRecord? service, DateTimeOffset now)
    {
        var state = job.At(now);
        return new()
        {
            Id = job.Id,
            Status = state.Status,
            InputData = job.InputData,
            InputDataRef = job.InputDataRef,
            Parameters = job.Parameters,
            ParametersRef = job.ParametersRef,
            Result = state.Status == ExecutionStatus.Succeeded ? Result(job, state) : null,
            CreatedAt = job.CreatedAt,
            StartedAt = state.StartedAt,
            EndedAt = state.EndedAt,
            PersistResult = job.PersistResult,
            ServiceDefinition = Definition(job, service),
        };
    }

    /// <summary>The log so far: a line for the creation, the start, and how it ended, each at its time on the clock.</summary>
    public static string Log(JobRecord job, ServiceRecord? service, DateTimeOffset now)
    {
        var state = job.At(now);
        var lines = new List<string> { Line(job.CreatedAt, $"Job {job.Id} created for {service?.Name ?? "a deleted service"} (version {job.VersionId})") };
        if (state.StartedAt is { } started)
        {
            lines.Add(Line(started, "Job started"));
        }
        if (state.Status == ExecutionStatus.Succeeded)
        {
            lines.Add(Line(state.EndedAt!.Value, $"Job succeeded after {state.RunSeconds} s"));
        }
        else if (state.Status == ExecutionStatus.Failed)
        {
            lines.Add(Line(state.EndedAt!.Value, "ERROR: the service exited with code 1"));
            lines.Add(Line(state.EndedAt!.Value, $"Job failed after {state.RunSeconds} s"));
        }
        else if (state.Status == ExecutionStatus.Cancelled)
        {
            lines.Add(Line(state.EndedAt!.Value, "Job cancelled"));
        }
        return string.Concat(lines.Select(l => l + "\n"));
    }

    /// <summary>
    /// The estimated costs of a finished job: CPU and memory for every second it ran (one vCPU, 2 GB), priced at fixed
    /// rates, stamped with its end. A job cancelled before it started used nothing: an empty list.
    /// </summary>
    public static IReadOnlyList<ProductUsage> Costs(JobRecord job, JobState state)
    {
        if (state.RunSeconds == 0)
        {
            return [];
        }
        return
        [
            Usage(state, "CPU", CpuProductId, CpuPerSecond, state.RunSeconds),
            Usage(state, "MEMORY", MemoryProductId, MemoryPerGigabyteSecond, state.RunSeconds * 2),
        ];
    }

    // EUR rates high enough that every job's cost shows in the ledger's cents (a 5-second job costs 0.06).
    private const decimal CpuPerSecond = 0.01m;
    private const decimal MemoryPerGigabyteSecond = 0.001m;

    // Fixed ids, as a price list's products would have.
    private const string CpuProductId = "5b0c7a3e-0f1d-4e2c-9a8b-6c5d4e3f2a10";
    private const string MemoryProductId = "5b0c7a3e-0f1d-4e2c-9a8b-6c5d4e3f2a11";

    private static ProductUsage Usage(JobState state, string name, string id, decimal unitPrice, long count) => new()
    {
        Timestamp = state.EndedAt,
        ProductName = name,
        ProductId = id,
        UnitPrice = unitPrice,
        Currency = "EUR",
        Count = count,
    };

    private static string Result(JobRecord job, JobState state) =>
        $"{{\"jobId\":\"{job.Id}\",\"durationSeconds\":{state.RunSeconds},\"inputLength\":{job.InputData?.Length ?? 0}}}";

    private static ServiceDefinitionOverview Definition(JobRecord job, ServiceRecord? service) => new()
    {
        Id = job.VersionId,
        Name = service?.Name,
        ServiceId = job.ServiceId,
        Type = service?.Type,
        Lifecycle = service?.Version.Lifecycle,
        IsDeleted = service is null,
    };

    private static string Line(DateTimeOffset at, string text) => $"{at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)} {text}";
}
