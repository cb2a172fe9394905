using System.Security.Cryptography;
using System.Text.Json;
using KipuHub.FakeServer.Pipeline;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

/// <summary>
/// The state of one fake server: seeded at start, changed by writes. One lock guards everything, so every operation
/// sees and leaves a consistent state; operations check everything before they change anything, so a request that
/// ends in an error leaves no trace.
/// </summary>
/// <remarks>The operations are split by namespace into partial files beside each namespace's handlers.</remarks>
internal sealed partial class FakeHubStore
{
    private readonly Lock _gate = new();
    private readonly DeterministicSequence _sequence;
    private readonly Dictionary<string, UserRecord> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TenantRecord> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndustryRecord> _industries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServiceRecord> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ApplicationRecord> _applications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscriptionRecord> _subscriptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataPoolRecord> _dataPools = new(StringComparer.Ordinal);

    public FakeHubStore(int seed, DateTimeOffset referenceDate)
    {
        var data = HubSeeder.Build(seed, referenceDate);
        _sequence = new DeterministicSequence(seed, referenceDate);
        foreach (var user in data.Users)
        {
            _users.Add(user.Id, user);
        }
        foreach (var tenant in data.Tenants)
        {
            _tenants.Add(tenant.Id, tenant);
        }
        foreach (var industry in data.Industries)
        {
            _industries.Add(industry.Uuid, industry);
        }
        foreach (var service in data.Services)
        {
            _services.Add(service.Id, service);
        }
        foreach (var application in data.Applications)
        {
            _applications.Add(application.Id, application);
        }
        foreach (var subscription in data.Subscriptions)
        {
            _subscriptions.Add(subscription.Id, subscription);
        }
        foreach (var pool in data.DataPools)
        {
            _dataPools.Add(pool.Id, pool);
        }
        DemoUserId = data.DemoUserId;
        DemoOrganizationId = data.DemoOrganizationId;
        ViewerOrganizationId = data.ViewerOrganizationId;
    }

    public string DemoUserId { get; }

    public string DemoOrganizationId { get; }

    public string ViewerOrganizationId { get; }

    /// <summary>
    /// A hash over the whole state, including the id and clock sequence. Tests compare it before and after a failed
    /// request to prove that nothing changed.
    /// </summary>
    public string Fingerprint()
    {
        lock (_gate)
        {
            var state = new
            {
                Writes = _sequence.Writes,
                Users = _users.Values,
                Tenants = _tenants.Values,
                Industries = _industries.Values,
                Services = _services.Values,
                Applications = _applications.Values,
                Subscriptions = _subscriptions.Values,
                DataPools = _dataPools.Values,
            };
            var json = JsonSerializer.SerializeToUtf8Bytes(state, s_fingerprintOptions);
            return Convert.ToHexString(SHA256.HashData(json));
        }
    }

    private static readonly JsonSerializerOptions s_fingerprintOptions = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static IEnumerable<T> InCreationOrder<T>(IEnumerable<T> items, Func<T, DateTimeOffset> createdAt, Func<T, string> id) =>
        items.OrderBy(createdAt).ThenBy(id, StringComparer.Ordinal);

    private static bool CanSee(Caller caller, string tenantId) => caller.TenantId == tenantId;

    private static PermissionRole? RoleIn(Caller caller, string tenantId) => CanSee(caller, tenantId) ? caller.Role : null;

    /// <summary>The longest name the API accepts for applications and data pools.</summary>
    public const int MaxNameLength = 255;

    private static HubError? NameProblem(string? name, string what) =>
        string.IsNullOrWhiteSpace(name)
            ? HubError.Unprocessable($"The {what} needs a 'name' of 1 to {MaxNameLength} characters; it was {(name is null ? "missing" : "empty")}.")
            : name.Length > MaxNameLength
                ? HubError.Unprocessable($"The {what} 'name' is {name.Length} characters long; at most {MaxNameLength} are allowed.")
                : null;
}
