using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>A new service as the managed, external and workflow creations make it: one CREATED version 1.0.0, endpoints from the name.</summary>
internal static class ServiceCreation
{
    public const int MaxDescriptionLength = 10_000;

    /// <summary>Null when the description is absent or at most <see cref="MaxDescriptionLength"/> characters.</summary>
    public static Failure? DescriptionProblem(string? description) => description is { Length: > MaxDescriptionLength }
        ? Failure.Invalid($"The 'description' is {description.Length} characters long; at most {MaxDescriptionLength} are allowed.")
        : null;

    /// <summary>
    /// A service of the caller's tenant, created at <paramref name="now"/>. <paramref name="build"/> is its first build;
    /// without one there is nothing to build and the build is SUCCESS at once.
    /// </summary>
    public static ServiceRecord New(FakeHubStore store, Caller caller, ServiceType type, string name, string? description, DateTimeOffset now, BuildRecord? build = null)
    {
        var id = store.NextId();
        var slug = ServicesSeed.Slug(name.Trim()).Trim('-') is { Length: > 0 } named ? named + "-" + id[..8] : id[..8];
        return new ServiceRecord
        {
            Id = id,
            TenantId = caller.TenantId,
            ListingId = store.NextId(),
            Name = name,
            Type = type,
            CreatedAt = now,
            LogoUrl = $"https://hub.kipu-quantum.com/assets/logos/{slug}.png",
            PricingCategory = PricingCategory.Free,
            Version = new VersionRecord
            {
                Id = store.NextId(),
                Label = "1.0.0",
                Context = "/" + slug,
                Description = description ?? string.Empty,
                Lifecycle = ServiceLifecycle.Created,
                CreatedAt = now,
                ModifiedAt = now,
                CreatedBy = caller.Username,
                ModifiedBy = caller.Username,
                Source = new ServiceSource { Type = "FileSource" },
                GatewayEndpoint = $"https://gateway.hub.kipu-quantum.com/{slug}/1.0.0",
                ProductionEndpoint = $"https://{slug}.services.hub.kipu-quantum.com",
            },
            Build = build ?? new BuildRecord
            {
                Status = BuildStatus.Success,
                Step = BuildStep.PushImage,
                CreatedAt = now,
                FinishedAt = now,
                Validation = ValidationState.Success,
                ValidationSummary = "The service is valid.",
                LogLines = [$"{now:yyyy-MM-ddTHH:mm:ssZ} Nothing to build for a {type} service", $"{now:yyyy-MM-ddTHH:mm:ssZ} Build succeeded"],
            },
        };
    }
}
