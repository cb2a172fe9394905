using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

// The services module's rows. Rows are immutable: a change replaces the row (`with`), so snapshots share rows and a
// failed write is taken back by putting the old row back. Wire model types inside (source, runtime, configurations,
// plans) are immutable records too.

internal sealed record ServiceRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    /// <summary>The marketplace listing id; fixed at creation so a re-published service keeps its listing.</summary>
    public string ListingId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public ServiceType Type { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string LogoUrl { get; init; } = string.Empty;

    public decimal Rating { get; init; }

    /// <summary>Follows from the version's plans (<see cref="ServicePricing"/>); set it again whenever they change.</summary>
    public PricingCategory PricingCategory { get; init; }

    public bool IsFeatured { get; init; }

    public VersionRecord Version { get; init; } = new();

    public BuildRecord Build { get; init; } = new();
}

/// <summary>The single version of a service.</summary>
internal sealed record VersionRecord
{
    public string Id { get; init; } = string.Empty;

    public string Label { get; init; } = string.Empty;

    public string Context { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public ServiceLifecycle Lifecycle { get; init; }

    public IReadOnlyList<string> IndustryIds { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ModifiedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    public string ModifiedBy { get; init; } = string.Empty;

    public ServiceSource Source { get; init; } = new();

    public RuntimeConfiguration Runtime { get; init; } = new();

    public IReadOnlyList<ResourceConfiguration> Configurations { get; init; } = [];

    public IReadOnlyList<PricingPlan> PricingPlans { get; init; } = [];

    public string ProductionEndpoint { get; init; } = string.Empty;

    public string GatewayEndpoint { get; init; } = string.Empty;

    /// <summary>The deployed process definition of a workflow version; null until a model is uploaded (then one is derived).</summary>
    public string? ProcessDefinitionId { get; init; }

    /// <summary>The BPMN model of a workflow version; null until one is uploaded (then a generated one is shown).</summary>
    public string? WorkflowModel { get; init; }

    /// <summary>The user the gateway sends with Basic authentication to an external service's URL.</summary>
    public string? GatewayUsername { get; init; }

    /// <summary>The SHA-256 of the gateway's password for an external service: the password itself is write-only.</summary>
    public string? GatewayCredentialHash { get; init; }

    /// <summary>The uploaded OpenAPI document; null until one is uploaded (then the generated one is shown).</summary>
    public string? ApiSpec { get; init; }

    /// <summary>The uploaded source code (a zip archive); null until some is uploaded (then the generated one is shown).</summary>
    public byte[]? SourceArchive { get; init; }
}

/// <summary>How a listing's pricing category follows from its version's plans.</summary>
internal static class ServicePricing
{
    /// <summary>FREE when every plan is free (or there is none), COMMERCIAL when none is, FREEMIUM for a mix.</summary>
    public static PricingCategory CategoryOf(IReadOnlyList<PricingPlan> plans)
    {
        var free = plans.Count(p => p.Type == PricingPlanType.Free);
        return free == plans.Count ? PricingCategory.Free : free == 0 ? PricingCategory.Commercial : PricingCategory.Freemium;
    }
}

/// <summary>The latest build of a version, with its log.</summary>
internal sealed record BuildRecord
{
    public BuildStatus Status { get; init; }

    public BuildStep Step { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public ValidationState? Validation { get; init; }

    public string ValidationSummary { get; init; } = string.Empty;

    public IReadOnlyList<string> ValidationMessages { get; init; } = [];

    public IReadOnlyList<string> LogLines { get; init; } = [];

    /// <summary>When a QUEUED build starts working on the fake's clock; null once it has.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>When a WORKING build finishes on the fake's clock; null for a finished build.</summary>
    public DateTimeOffset? FinishesAt { get; init; }

    /// <summary>How a WORKING build finishes: SUCCESS or FAILURE.</summary>
    public BuildStatus? Outcome { get; init; }

    /// <summary>Why a build that finishes with FAILURE fails, as its log and validation say.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The build as it stands at <paramref name="now"/>: a WORKING build whose time has come has finished.</summary>
    public BuildRecord At(DateTimeOffset now)
    {
        var build = this;
        if (build.Status == BuildStatus.Queued && build.StartsAt is { } start && start <= now)
        {
            build = build with
            {
                Status = BuildStatus.Working,
                Step = BuildStep.BuildImage,
                StartsAt = null,
                LogLines = [.. build.LogLines, $"{start:yyyy-MM-ddTHH:mm:ssZ} Step 2/4 : building the image"],
            };
        }
        return build.Status == BuildStatus.Working && build.FinishesAt is { } end && end <= now && build.Outcome is { } outcome
            ? build.Finished(outcome, end)
            : build;
    }

    /// <summary>Whether the build has not finished yet: QUEUED or WORKING.</summary>
    public bool IsRunning => Status == BuildStatus.Queued || Status == BuildStatus.Working;

    private BuildRecord Finished(BuildStatus outcome, DateTimeOffset end)
    {
        var failed = outcome == BuildStatus.Failure;
        var reason = FailureReason ?? "the image could not be built";
        string Line(string text) => $"{end:yyyy-MM-ddTHH:mm:ssZ} {text}";
        return this with
        {
            Status = outcome,
            Step = failed ? BuildStep.BuildImage : BuildStep.PushImage,
            FinishedAt = end,
            Validation = failed ? ValidationState.Error : ValidationState.Success,
            ValidationSummary = failed ? "The build failed." : "The service is valid.",
            ValidationMessages = failed ? [$"The build failed: {reason}; see the build log."] : [],
            LogLines = [.. LogLines, .. failed ? new[] { Line("ERROR: " + reason), Line("Build failed") }
                : [Line("Step 4/4 : pushing image"), Line("Build succeeded")]],
            FinishesAt = null,
            Outcome = null,
            FailureReason = null,
        };
    }
}

/// <summary>An industry of the fixed taxonomy that versions are tagged with.</summary>
internal sealed record IndustryRecord
{
    public string Uuid { get; init; } = string.Empty;

    public string Label { get; init; } = string.Empty;
}
