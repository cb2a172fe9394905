using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

// The store's own mutable state. Records are only touched under FakeHubStore's lock; handlers see wire DTOs built
// from them, never the records themselves.

internal sealed class UserRecord
{
    public string Id { get; set; } = string.Empty;

    public string Username { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public UserRecord Copy() => (UserRecord)MemberwiseClone();
}

/// <summary>A tenant: a user's personal account (same id as the user) or an organization.</summary>
internal sealed class TenantRecord
{
    public string Id { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public bool IsOrganization { get; set; }

    public string AccountTypeName { get; set; } = string.Empty;

    public string AccountFeature { get; set; } = string.Empty;

    /// <summary>User id to role; insertion order is the seed order.</summary>
    public Dictionary<string, PermissionRole> Members { get; } = new(StringComparer.Ordinal);

    public TenantRecord Copy()
    {
        var copy = new TenantRecord { Id = Id, DisplayName = DisplayName, IsOrganization = IsOrganization, AccountTypeName = AccountTypeName, AccountFeature = AccountFeature };
        foreach (var (userId, role) in Members)
        {
            copy.Members[userId] = role;
        }
        return copy;
    }
}

internal sealed class ServiceRecord
{
    public string Id { get; set; } = string.Empty;

    public string TenantId { get; set; } = string.Empty;

    /// <summary>The marketplace listing id; fixed at creation so a re-published service keeps its listing.</summary>
    public string ListingId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public ServiceType Type { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string LogoUrl { get; set; } = string.Empty;

    public decimal Rating { get; set; }

    public PricingCategory PricingCategory { get; set; }

    public bool IsFeatured { get; set; }

    public VersionRecord Version { get; set; } = new();

    public BuildRecord Build { get; set; } = new();

    public ServiceRecord Copy()
    {
        var copy = (ServiceRecord)MemberwiseClone();
        copy.Version = Version.Copy();
        copy.Build = Build.Copy();
        return copy;
    }
}

internal sealed class VersionRecord
{
    public string Id { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string Context { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public ServiceLifecycle Lifecycle { get; set; }

    public List<string> IndustryIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ModifiedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public string ModifiedBy { get; set; } = string.Empty;

    public ServiceSource Source { get; set; } = new();

    public RuntimeConfiguration Runtime { get; set; } = new();

    public List<ResourceConfiguration> Configurations { get; set; } = [];

    public List<PricingPlan> PricingPlans { get; set; } = [];

    public string ProductionEndpoint { get; set; } = string.Empty;

    public string GatewayEndpoint { get; set; } = string.Empty;

    // The wire model types inside (source, runtime, configurations, plans) are immutable records, so sharing them is safe.
    public VersionRecord Copy()
    {
        var copy = (VersionRecord)MemberwiseClone();
        copy.IndustryIds = [.. IndustryIds];
        copy.Configurations = [.. Configurations];
        copy.PricingPlans = [.. PricingPlans];
        return copy;
    }
}

internal sealed class BuildRecord
{
    public BuildStatus Status { get; set; }

    public BuildStep Step { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public ValidationState? Validation { get; set; }

    public string ValidationSummary { get; set; } = string.Empty;

    public List<string> ValidationMessages { get; set; } = [];

    public List<string> LogLines { get; set; } = [];

    public BuildRecord Copy()
    {
        var copy = (BuildRecord)MemberwiseClone();
        copy.ValidationMessages = [.. ValidationMessages];
        copy.LogLines = [.. LogLines];
        return copy;
    }
}

internal sealed class ApplicationRecord
{
    public string Id { get; set; } = string.Empty;

    public string TenantId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public List<AccessToken> IssuedTokens { get; } = [];

    public ApplicationRecord Copy()
    {
        var copy = new ApplicationRecord { Id = Id, TenantId = TenantId, Name = Name, CreatedAt = CreatedAt };
        copy.IssuedTokens.AddRange(IssuedTokens);
        return copy;
    }
}

internal sealed class SubscriptionRecord
{
    public string Id { get; set; } = string.Empty;

    public string ApplicationId { get; set; } = string.Empty;

    public string ServiceId { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public bool LogsAvailable { get; set; }

    public List<ExecutionRecord> Executions { get; set; } = [];

    public SubscriptionRecord Copy()
    {
        var copy = (SubscriptionRecord)MemberwiseClone();
        copy.Executions = [.. Executions.Select(e => e.Copy())];
        return copy;
    }
}

internal sealed class ExecutionRecord
{
    public string Id { get; set; } = string.Empty;

    public ExecutionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public ExecutionRecord Copy() => (ExecutionRecord)MemberwiseClone();
}

internal sealed class DataPoolRecord
{
    public string Id { get; set; } = string.Empty;

    public string TenantId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? ShortDescription { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<FileRecord> Files { get; set; } = [];

    public DataPoolRecord Copy()
    {
        var copy = (DataPoolRecord)MemberwiseClone();
        copy.Files = [.. Files.Select(f => f.Copy())];
        return copy;
    }
}

internal sealed class FileRecord
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public byte[] Bytes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    // File contents are never changed in place, so the copy shares the bytes.
    public FileRecord Copy() => (FileRecord)MemberwiseClone();
}

/// <summary>An industry of the fixed taxonomy that versions are tagged with.</summary>
internal sealed class IndustryRecord
{
    public string Uuid { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public IndustryRecord Copy() => (IndustryRecord)MemberwiseClone();
}
