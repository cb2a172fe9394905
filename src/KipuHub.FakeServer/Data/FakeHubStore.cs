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
    private Dictionary<string, UserRecord> _users = new(StringComparer.Ordinal);
    private Dictionary<string, TenantRecord> _tenants = new(StringComparer.Ordinal);
    private Dictionary<string, IndustryRecord> _industries = new(StringComparer.Ordinal);
    private Dictionary<string, ServiceRecord> _services = new(StringComparer.Ordinal);
    private Dictionary<string, ApplicationRecord> _applications = new(StringComparer.Ordinal);
    private Dictionary<string, SubscriptionRecord> _subscriptions = new(StringComparer.Ordinal);
    private Dictionary<string, DataPoolRecord> _dataPools = new(StringComparer.Ordinal);
    private long _version;

    public FakeHubStore(int seed, DateTimeOffset referenceDate)
    {
        Seed = seed;
        ReferenceDate = referenceDate;
        var data = HubSeeder.Build(seed, referenceDate);
        _sequence = new DeterministicSequence(seed, referenceDate);
        Load(data);
        DemoUserId = data.DemoUserId;
        DemoOrganizationId = data.DemoOrganizationId;
        ViewerOrganizationId = data.ViewerOrganizationId;
        SeededTenantIds = [.. data.Tenants.Select(t => t.Id)];
    }

    public int Seed { get; }

    public DateTimeOffset ReferenceDate { get; }

    /// <summary>The tenants of the seed; the others were created through the admin API.</summary>
    public HashSet<string> SeededTenantIds { get; }

    /// <summary>
    /// Moves on with every change of state (writes, resets, restores, tenants created or removed), never back, so
    /// anything derived from the state can be kept for as long as the version stays the same.
    /// </summary>
    public long Version => Volatile.Read(ref _version);

    /// <summary>The lists and pages read at the current version; see <see cref="ReadVersioned"/>.</summary>
    public ListCache Lists { get; } = new();

    /// <summary>Runs a read under the lock, with the version of the state it read.</summary>
    public (T Value, long Version) ReadVersioned<T>(Func<T> read)
    {
        lock (_gate)
        {
            // Lock is re-entrant: the read takes it again, and sees the state of exactly this version.
            return (read(), _version);
        }
    }

    /// <summary>Records a change of state. Callers hold the lock and call it with every change they make.</summary>
    internal void Changed() => Volatile.Write(ref _version, _version + 1);

    /// <summary>The time of a write, which changes the state.</summary>
    private DateTimeOffset Tick()
    {
        Changed();
        return _sequence.Tick();
    }

    /// <summary>Replaces the whole state with the seed's. Callers hold the lock, or are the constructor.</summary>
    private void Load(SeedData data)
    {
        Changed();
        _users = data.Users.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _tenants = data.Tenants.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _industries = data.Industries.ToDictionary(i => i.Uuid, StringComparer.Ordinal);
        _services = data.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _applications = data.Applications.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _subscriptions = data.Subscriptions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _dataPools = data.DataPools.ToDictionary(p => p.Id, StringComparer.Ordinal);
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
