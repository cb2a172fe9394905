using Bogus;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>Services (the service-level fields; the version and the build have fakers of their own).</summary>
internal sealed class ServiceFaker : SeededFaker<ServiceRecord>
{
    private static readonly string[] s_methods =
        ["QAOA", "VQE", "Grover", "Shor", "QSVM", "Quantum Annealing", "HHL", "QPE", "Quantum Walk", "QGAN", "Variational Classifier", "Amplitude Estimation"];

    private static readonly string[] s_problems =
        ["Portfolio Optimizer", "Molecule Simulator", "Route Planner", "Max-Cut Solver", "Scheduler", "Anomaly Detector",
         "Option Pricer", "Graph Colouring", "Factoring Demo", "Image Classifier", "Knapsack Solver", "Battery Chemistry", "Risk Analyzer", "Sampler", "Traffic Flow"];

    public ServiceFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "Service", referenceDate)
    {
        RuleFor(s => s.Id, f => f.Random.Uuid().ToString());
        RuleFor(s => s.ListingId, f => f.Random.Uuid().ToString());
        RuleFor(s => s.Name, f => $"{f.PickRandom(s_methods)} {f.PickRandom(s_problems)}");
        RuleFor(s => s.Type, f => f.Random.WeightedRandom([ServiceType.Managed, ServiceType.External, ServiceType.Workflow], [0.75f, 0.15f, 0.10f]));
        RuleFor(s => s.CreatedAt, f => Past(f, 2));
        RuleFor(s => s.LogoUrl, f => $"https://assets.hub.kipu-quantum.com/logos/{f.Random.Hash(12)}.png");
        RuleFor(s => s.Rating, f => Math.Round(f.Random.Decimal(2.5m, 5m), 1));
        RuleFor(s => s.PricingCategory, f => f.PickRandom(PricingCategory.Free, PricingCategory.Freemium, PricingCategory.Commercial));
        RuleFor(s => s.IsFeatured, f => f.Random.Bool(0.15f));
    }
}

/// <summary>The single version of each service.</summary>
internal sealed class VersionFaker : SeededFaker<VersionRecord>
{
    private ServiceLifecycle _lifecycle;

    public VersionFaker(int seed, DateTimeOffset referenceDate, IReadOnlyList<IndustryRecord> industries)
        : base(seed, "ServiceVersion", referenceDate)
    {
        RuleFor(v => v.Id, f => f.Random.Uuid().ToString());
        RuleFor(v => v.Label, f => f.Random.WeightedRandom(["1.0.0", "1.1.0", "2.0.0", "0.9.0"], [0.6f, 0.2f, 0.1f, 0.1f]));
        RuleFor(v => v.Description, f => f.Lorem.Sentences(f.Random.Int(1, 3)));
        RuleFor(v => v.Lifecycle, _ => _lifecycle);
        RuleFor(v => v.IndustryIds, f => f.Random.ListItems(industries.Select(i => i.Uuid).ToList(), f.Random.Int(0, 2)).ToList());
        RuleFor(v => v.Source, f => f.Random.Bool(0.8f)
            ? new ServiceSource { Type = "FileSource" }
            : new ServiceSource { Type = "RegistrySource", Image = $"ghcr.io/{f.Internet.UserName().ToLowerInvariant()}/{f.Hacker.Noun().Replace(' ', '-')}", Tag = f.System.Semver() });
        RuleFor(v => v.Runtime, f => new RuntimeConfiguration
        {
            Runtime = f.Random.Bool(0.7f) ? ServiceRuntime.PythonTemplate : ServiceRuntime.Docker,
            Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["LOG_LEVEL"] = f.PickRandom("INFO", "DEBUG") },
            ApplyProviderTokens = f.Random.Bool(),
        });
        RuleFor(v => v.Configurations, f =>
        [
            new ResourceConfiguration { Type = "CpuConfiguration", Amount = f.PickRandom(500m, 1000m, 2000m), Unit = "m" },
            new ResourceConfiguration { Type = "MemoryConfiguration", Amount = f.PickRandom(2048m, 4096m, 8192m), Unit = "Mi" },
        ]);
        RuleFor(v => v.PricingPlans, f =>
        [
            new PricingPlan
            {
                Id = f.Random.Uuid().ToString(),
                Type = f.Random.Bool(0.7f) ? PricingPlanType.Free : PricingPlanType.Commercial,
                Products = [new Product { Id = f.Random.Uuid().ToString(), Name = "API call", UnitLabel = "call", AmountMajor = Math.Round(f.Random.Decimal(0m, 0.5m), 2), Currency = "EUR", Type = ProductType.Api }],
            },
        ]);
    }

    public VersionRecord For(ServiceLifecycle lifecycle)
    {
        _lifecycle = lifecycle;
        return Generate();
    }
}

/// <summary>The latest build of each version, with its log.</summary>
internal sealed class BuildJobFaker : SeededFaker<BuildRecord>
{
    private static readonly string[] s_packages = ["numpy", "scipy", "qiskit", "pennylane", "cirq", "networkx", "pandas", "dwave-ocean-sdk", "amazon-braket-sdk", "planqk-commons"];

    private BuildStatus _status;

    public BuildJobFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "BuildJob", referenceDate)
    {
        RuleFor(b => b.Status, _ => _status);
        RuleFor(b => b.Step, (f, b) => b.Status == BuildStatus.Working ? f.PickRandom(BuildStep.Init, BuildStep.BuildImage, BuildStep.PushImage)
            : b.Status == BuildStatus.Failure ? BuildStep.BuildImage : BuildStep.PushImage);
        RuleFor(b => b.CreatedAt, f => Past(f));
        RuleFor(b => b.FinishedAt, (f, b) => b.Status == BuildStatus.Working ? null : b.CreatedAt.AddSeconds(f.Random.Int(40, 600)));
        RuleFor(b => b.Validation, (f, b) => b.Status == BuildStatus.Success ? f.Random.WeightedRandom([ValidationState.Success, ValidationState.Warning], [0.8f, 0.2f])
            : b.Status == BuildStatus.Failure ? ValidationState.Error : (ValidationState?)null);
        RuleFor(b => b.ValidationSummary, (_, b) => b.Validation == ValidationState.Success ? "The service is valid."
            : b.Validation == ValidationState.Warning ? "The service is valid, with warnings."
            : b.Validation == ValidationState.Error ? "The build failed." : string.Empty);
        RuleFor(b => b.ValidationMessages, (f, b) => b.Validation == ValidationState.Warning ? [$"No README found; the marketplace page will be empty."]
            : b.Validation == ValidationState.Error ? [$"Could not install {f.PickRandom(s_packages)}."] : []);
        RuleFor(b => b.LogLines, (f, b) => Log(f, b));
    }

    public BuildRecord For(BuildStatus status)
    {
        _status = status;
        return Generate();
    }

    private static List<string> Log(Faker f, BuildRecord build)
    {
        var at = build.CreatedAt;
        string Line(int seconds, string text) => $"{at.AddSeconds(seconds):yyyy-MM-ddTHH:mm:ssZ} {text}";
        var packages = f.Random.ListItems(s_packages, f.Random.Int(2, 4));
        var lines = new List<string>
        {
            Line(0, "Build started"),
            Line(2, $"Step 1/4 : FROM python:{f.PickRandom("3.10", "3.11", "3.12")}-slim"),
            Line(9, $"Step 2/4 : RUN pip install {string.Join(' ', packages)}"),
        };
        if (build.Status == BuildStatus.Failure)
        {
            lines.Add(Line(31, $"ERROR: Could not find a version that satisfies the requirement {packages[0]}=={f.System.Semver()}"));
            lines.Add(Line(32, "Build failed"));
        }
        else if (build.Status == BuildStatus.Working)
        {
            lines.Add(Line(30, "Step 3/4 : COPY src/ /app/src"));
        }
        else
        {
            lines.Add(Line(30, "Step 3/4 : COPY src/ /app/src"));
            lines.Add(Line(35, $"Successfully built {f.Random.Hash(12)}"));
            lines.Add(Line(38, "Step 4/4 : pushing image"));
            lines.Add(Line(40, "Build succeeded"));
        }
        return lines;
    }
}

/// <summary>The industry taxonomy; labels are fixed, uuids come from the seed.</summary>
internal sealed class IndustryFaker : SeededFaker<IndustryRecord>
{
    public static readonly string[] Labels =
        ["Automotive", "Chemistry", "Energy", "Finance", "Healthcare", "Logistics", "Manufacturing", "Telecommunications"];

    private int _next;

    public IndustryFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "Industry", referenceDate)
    {
        RuleFor(i => i.Uuid, f => f.Random.Uuid().ToString());
        RuleFor(i => i.Label, _ => Labels[_next++ % Labels.Length]);
    }
}
