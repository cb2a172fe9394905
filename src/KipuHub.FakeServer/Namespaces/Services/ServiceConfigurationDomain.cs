using System.Text.RegularExpressions;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>
/// The resource and runtime configuration of a version. A resource replaces the one of its type; a runtime
/// configuration replaces the whole one. Limits follow what a managed service can be given.
/// </summary>
internal static partial class ServiceConfigurationDomain
{
    private const int MaxMilliCpus = 64_000;
    private const int MaxMemoryMegabytes = 262_144;
    private const int MaxGpus = 8;
    private const int MaxEnvironmentVariables = 100;
    private const int MaxEnvironmentValueLength = 10_000;

    private static readonly GpuAccelerator[] s_accelerators =
        [GpuAccelerator.NvidiaTeslaT4, GpuAccelerator.NvidiaTeslaV100, GpuAccelerator.NvidiaTeslaA100, GpuAccelerator.NvidiaTeslaP100, GpuAccelerator.None];

    private static readonly ServiceRuntime[] s_runtimes = [ServiceRuntime.Docker, ServiceRuntime.PythonTemplate];

    public static Failure? SetResource(FakeHubStore store, Caller caller, string serviceId, string versionId, ResourceConfiguration resource)
    {
        using var write = store.Writing();
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var service = found.Value!;
        if (ServiceArtifactsDomain.NotManaged(service, "resource configuration") is { } notManaged)
        {
            return write.Commit(Failure.Conflict(notManaged));
        }
        if (ResourceProblem(resource) is { } problem)
        {
            return write.Commit(Failure.Invalid(problem));
        }
        var normalized = resource with { Unit = resource.Unit ?? DefaultUnit(resource.Type!), Accelerator = resource.Type == "GpuConfiguration" ? resource.Accelerator : null };
        store.Table(ServicesModule.Services).Replace(service with
        {
            Version = service.Version with
            {
                Configurations = [.. service.Version.Configurations.Where(c => c.Type != resource.Type), normalized],
                ModifiedAt = store.Tick(),
                ModifiedBy = caller.Username,
            },
        });
        return write.Commit();
    }

    public static Failure? SetRuntime(FakeHubStore store, Caller caller, string serviceId, string versionId, RuntimeConfiguration runtime)
    {
        using var write = store.Writing();
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var service = found.Value!;
        if (ServiceArtifactsDomain.NotManaged(service, "runtime configuration") is { } notManaged)
        {
            return write.Commit(Failure.Conflict(notManaged));
        }
        if (RuntimeProblem(runtime) is { } problem)
        {
            return write.Commit(Failure.Invalid(problem));
        }
        store.Table(ServicesModule.Services).Replace(service with
        {
            Version = service.Version with
            {
                Runtime = new RuntimeConfiguration
                {
                    Runtime = runtime.Runtime,
                    Environment = new Dictionary<string, string>(runtime.Environment ?? new Dictionary<string, string>(), StringComparer.Ordinal),
                    ApplyProviderTokens = runtime.ApplyProviderTokens ?? false,
                },
                ModifiedAt = store.Tick(),
                ModifiedBy = caller.Username,
            },
        });
        return write.Commit();
    }

    private static string DefaultUnit(string type) => type switch
    {
        "CpuConfiguration" => "m",
        "MemoryConfiguration" => "Mi",
        _ => "GPU",
    };

    internal static string? ResourceProblem(ResourceConfiguration resource) => resource.Type switch
    {
        null or "" => "The resource configuration needs a 'type': CpuConfiguration, MemoryConfiguration or GpuConfiguration.",
        "CpuConfiguration" => Amount(resource, "milliCPUs", 1, MaxMilliCpus),
        "MemoryConfiguration" => Amount(resource, "megabytes", 1, MaxMemoryMegabytes),
        "GpuConfiguration" => Amount(resource, "GPUs", 0, MaxGpus) ?? AcceleratorProblem(resource),
        _ => $"Unknown resource configuration type '{Echo.Of(resource.Type)}'. Accepted: CpuConfiguration, MemoryConfiguration, GpuConfiguration.",
    };

    private static string? Amount(ResourceConfiguration resource, string what, int min, int max) => resource.Amount switch
    {
        null => $"A {resource.Type} needs an 'amount' in {what}, from {min} to {max}.",
        { } amount when amount < min || amount > max || amount != decimal.Truncate(amount) =>
            $"The 'amount' of a {resource.Type} is a whole number of {what} from {min} to {max}; got {amount}.",
        _ => resource.Unit is { Length: > 16 } ? $"The 'unit' is at most 16 characters; got {resource.Unit.Length}." : null,
    };

    private static string? AcceleratorProblem(ResourceConfiguration resource)
    {
        if (resource.Accelerator is not { } accelerator || string.IsNullOrEmpty(accelerator.Value))
        {
            return $"A GpuConfiguration needs an 'accelerator': one of {string.Join(", ", s_accelerators)}.";
        }
        if (!s_accelerators.Contains(accelerator))
        {
            return $"Unknown accelerator '{Echo.Of(accelerator.Value)}'. Accepted: {string.Join(", ", s_accelerators)}.";
        }
        return (accelerator == GpuAccelerator.None) != (resource.Amount == 0)
            ? "A GpuConfiguration has amount 0 exactly when its accelerator is NONE."
            : null;
    }

    internal static string? RuntimeProblem(RuntimeConfiguration runtime)
    {
        if (runtime.Runtime is not { } value || string.IsNullOrEmpty(value.Value))
        {
            return $"The runtime configuration needs a 'runtime': one of {string.Join(", ", s_runtimes)}.";
        }
        if (!s_runtimes.Contains(value))
        {
            return $"Unknown runtime '{Echo.Of(value.Value)}'. Accepted: {string.Join(", ", s_runtimes)}.";
        }
        var environment = runtime.Environment ?? new Dictionary<string, string>();
        if (environment.Count > MaxEnvironmentVariables)
        {
            return $"The 'environment' has {environment.Count} variables; at most {MaxEnvironmentVariables} are allowed.";
        }
        foreach (var (name, text) in environment)
        {
            if (!VariableName().IsMatch(name))
            {
                return $"Environment variable name '{Echo.Of(name)}' is not accepted: it starts with a letter or '_' and has only letters, digits and '_' (at most 255 characters).";
            }
            if (text is null || text.Length > MaxEnvironmentValueLength)
            {
                return $"Environment variable '{name}' needs a value of at most {MaxEnvironmentValueLength} characters.";
            }
        }
        return null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,254}$")]
    private static partial Regex VariableName();
}
