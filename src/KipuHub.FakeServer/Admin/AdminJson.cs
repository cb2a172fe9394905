using System.Text.Json;
using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.FakeServer.Admin;

/// <summary>The body of <c>POST /_admin/tenants</c>.</summary>
internal sealed record TenantBody(string? Name, List<MemberBody>? Members);

/// <summary>One member in <see cref="TenantBody"/>.</summary>
internal sealed record MemberBody(string? Username, PermissionRole? Role);

/// <summary>The answer of <c>GET /_admin/journal</c>.</summary>
internal sealed record JournalBody(int Capacity, long Dropped, int Count, IReadOnlyList<JournalEntry> Entries);

/// <summary>One saved snapshot.</summary>
internal sealed record SnapshotBody(string Name, DateTimeOffset TakenAt);

/// <summary>The body of <c>POST /_admin/clock/advance</c>: how far to move the clock on.</summary>
internal sealed record ClockAdvanceBody(TimeSpan? By);

/// <summary>The body of <c>PUT /_admin/clock</c>: the time to move the clock on to.</summary>
internal sealed record ClockSetBody(DateTimeOffset? Now);

/// <summary>The fake's clock, as <c>GET /_admin/clock</c> and the calls that move it answer.</summary>
internal sealed record ClockBody(DateTimeOffset Now, DateTimeOffset ReferenceDate, TimeSpan Advanced);

/// <summary>The answer of a state-changing admin call.</summary>
internal sealed record DoneBody(string Result);

/// <summary>
/// The admin API's wire format: camelCase, nulls omitted, unknown properties refused (a typo must not pass silently),
/// numbers only as numbers (<c>"status": "503"</c> is refused, as the API itself refuses it).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = false)]
[JsonSerializable(typeof(FakeHubFault))]
[JsonSerializable(typeof(FakeHubFaultStatus))]
[JsonSerializable(typeof(IReadOnlyList<FakeHubFaultStatus>))]
[JsonSerializable(typeof(FakeHubSeedInfo))]
[JsonSerializable(typeof(FakeHubOrganization))]
[JsonSerializable(typeof(IReadOnlyList<FakeHubAccount>))]
[JsonSerializable(typeof(TenantBody))]
[JsonSerializable(typeof(JournalBody))]
[JsonSerializable(typeof(IReadOnlyList<SnapshotBody>))]
[JsonSerializable(typeof(SnapshotBody))]
[JsonSerializable(typeof(DoneBody))]
[JsonSerializable(typeof(ClockAdvanceBody))]
[JsonSerializable(typeof(ClockSetBody))]
[JsonSerializable(typeof(ClockBody))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
