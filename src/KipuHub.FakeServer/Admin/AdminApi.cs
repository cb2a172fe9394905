using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KipuHub.FakeServer.Faults;
using KipuHub.FakeServer.Journal;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Admin;

/// <summary>
/// The admin API under <c>/_admin</c>, outside the API's <c>/qc-catalog</c>: reset, snapshots, seed info, tenants,
/// journal, faults and the clock. The dashboard under <c>/_admin/ui</c> (DashboardAssets) is a page over these same
/// routes and nothing else. Every operation is the one the C# handle on FakeHubServer calls. Bad input is a 400 or 404
/// with the API's JSON error body, and changes nothing.
/// </summary>
internal static class AdminApi
{
    public const string BasePath = "/_admin";
    public const string KeyHeader = "X-Admin-Key";

    /// <summary>The routes, for the 404 message of an unknown admin path.</summary>
    public const string Routes = "GET /_admin/seed, POST /_admin/reset[?tenant=id], GET /_admin/snapshots, PUT|DELETE /_admin/snapshots/{name}, " +
        "POST /_admin/snapshots/{name}/restore, GET|POST /_admin/tenants, DELETE /_admin/tenants/{id}, GET|DELETE /_admin/journal, " +
        "GET|POST|DELETE /_admin/faults, DELETE /_admin/faults/{id}, GET|PUT /_admin/clock, POST /_admin/clock/advance";

    public static void MapAdmin(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup(BasePath).ExcludeFromDescription().AddEndpointFilter(async (context, next) =>
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<FakeHubOptions>();
            return KeyProblem(options.AdminKey, context.HttpContext.Request.Headers[KeyHeader].ToString()) is { } problem
                ? problem
                : await next(context);
        });

        admin.MapGet("/seed", IResult (FakeHubStore store) => Json(FakeHubSeedInfo.Of(store), AdminJsonContext.Default.FakeHubSeedInfo));

        admin.MapPost("/reset", Task<IResult> (HttpContext context, FakeHubStore store) =>
        {
            if (!context.Request.Query.TryGetValue("tenant", out var tenants))
            {
                return Exclusive(() =>
                {
                    store.ResetAll();
                    return Done("Every tenant is back to the seed.");
                });
            }
            if (tenants.Count != 1 || string.IsNullOrWhiteSpace(tenants[0]))
            {
                return Task.FromResult<IResult>(HubError.BadRequest("Query parameter 'tenant' must be one tenant id (an organization or user id); leave it out to reset everything."));
            }
            return Exclusive(() => Answer(store.ResetTenant(tenants[0]!)) ?? Done($"Tenant '{tenants[0]}' is back to the seed."));
        });

        admin.MapGet("/snapshots", IResult (FakeHubStore store) =>
            Json<IReadOnlyList<SnapshotBody>>([.. store.Snapshots().Select(s => new SnapshotBody(s.Name, s.TakenAt))], AdminJsonContext.Default.IReadOnlyListSnapshotBody));
        admin.MapPut("/snapshots/{name}", IResult (string name, FakeHubStore store, TimeProvider clock) =>
            Answer(store.SaveSnapshot(name, clock.GetUtcNow())) ?? Done($"Snapshot '{name}' saved."));
        admin.MapPost("/snapshots/{name}/restore", Task<IResult> (string name, FakeHubStore store) =>
            Exclusive(() => Answer(store.RestoreSnapshot(name)) ?? Done($"Snapshot '{name}' restored.")));
        admin.MapDelete("/snapshots/{name}", IResult (string name, FakeHubStore store) =>
            Answer(store.DeleteSnapshot(name)) ?? Done($"Snapshot '{name}' deleted."));

        admin.MapGet("/tenants", IResult (FakeHubStore store) =>
            Json(FakeHubAccount.ListOf(store), AdminJsonContext.Default.IReadOnlyListFakeHubAccount));
        admin.MapPost("/tenants", async Task<IResult> (HttpContext context, FakeHubStore store) =>
        {
            var body = await ReadAsync(context, AdminJsonContext.Default.TenantBody,
                "{\"name\": \"My test org\", \"members\": [{\"role\": \"OWNER\"}, {\"username\": \"reader\", \"role\": \"VIEWER\"}]}");
            if (body.Failure is { } error)
            {
                return HubError.From(error);
            }
            var members = body.Value!.Members ?? [new MemberBody(null, PermissionRole.Owner)];
            if (members.Any(m => m?.Role is null))
            {
                return HubError.BadRequest("Every member needs a 'role': OWNER, MAINTAINER or VIEWER.");
            }
            return await Exclusive(() =>
            {
                var created = Tenancy.CreateTenant(store, body.Value.Name, [.. members.Select(m => new MemberRequest(m.Username, m.Role!.Value))]);
                return created.Failure is { } invalid
                    ? HubError.From(invalid)
                    : TypedResults.Json(FakeHubOrganization.Of(created.Value!), AdminJsonContext.Default.FakeHubOrganization, statusCode: StatusCodes.Status201Created);
            });
        });
        admin.MapDelete("/tenants/{id}", Task<IResult> (string id, FakeHubStore store) =>
            Exclusive(() => Answer(Tenancy.RemoveTenant(store, id)) ?? Done($"Tenant '{id}' removed.")));

        admin.MapGet("/journal", IResult (HttpContext context, JournalBuffer journal) =>
        {
            var query = context.Request.Query;
            IEnumerable<JournalEntry> entries = journal.Entries();
            if (query.TryGetValue("tenant", out var tenant))
            {
                if (tenant.Count != 1 || string.IsNullOrWhiteSpace(tenant[0]))
                {
                    return HubError.BadRequest("Query parameter 'tenant' must be one tenant id.");
                }
                entries = entries.Where(e => e.TenantId == tenant[0]);
            }
            if (query.TryGetValue("route", out var route))
            {
                if (route.Count != 1 || string.IsNullOrWhiteSpace(route[0]) || FakeHubJournal.ResolveRoute(route[0]!) is not { } ids)
                {
                    return HubError.BadRequest($"Query parameter 'route' must be one catalog route: a HubCatalog name such as 'ServicesList', " +
                        $"'METHOD /template' such as 'GET /services', or '/template'; got '{Echo.Of(route)}'.");
                }
                entries = entries.Where(e => e.Route is not null && ids.Contains(e.Route));
            }
            var selected = entries.ToList();
            if (query.TryGetValue("limit", out var limitValue))
            {
                if (!int.TryParse(limitValue, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
                {
                    return HubError.BadRequest($"Query parameter 'limit' must be a whole number of 1 or more (the newest entries are kept), got '{Echo.Of(limitValue)}'.");
                }
                selected = [.. selected.TakeLast(limit)];
            }
            return Json(new JournalBody(journal.Capacity, journal.Dropped, selected.Count, selected), AdminJsonContext.Default.JournalBody);
        });
        admin.MapDelete("/journal", IResult (JournalBuffer journal) =>
        {
            journal.Clear();
            return Done("The journal is empty.");
        });

        admin.MapGet("/clock", IResult (FakeHubStore store) => Clock(store));
        admin.MapPost("/clock/advance", async Task<IResult> (HttpContext context, FakeHubStore store) =>
        {
            var body = await ReadAsync(context, AdminJsonContext.Default.ClockAdvanceBody, "{\"by\": \"00:00:30\"} (d.hh:mm:ss)");
            var failure = body.Failure
                ?? (body.Value!.By is { } by ? store.AdvanceClock(by) : Failure.Malformed("The body needs 'by', how far to move the clock on, such as \"00:00:30\" or \"1.00:00:00\" (d.hh:mm:ss)."));
            return Answer(failure) ?? Clock(store);
        });
        admin.MapPut("/clock", async Task<IResult> (HttpContext context, FakeHubStore store) =>
        {
            var body = await ReadAsync(context, AdminJsonContext.Default.ClockSetBody, "{\"now\": \"2026-01-01T01:00:00Z\"}");
            var failure = body.Failure
                ?? (body.Value!.Now is { } now ? store.SetClock(now) : Failure.Malformed("The body needs 'now', the time to move the clock on to, such as \"2026-01-01T01:00:00Z\"."));
            return Answer(failure) ?? Clock(store);
        });

        admin.MapGet("/faults", IResult (FaultRegistry faults) => Json(faults.List(), AdminJsonContext.Default.IReadOnlyListFakeHubFaultStatus));
        admin.MapPost("/faults", async Task<IResult> (HttpContext context, FaultRegistry faults) =>
        {
            var body = await ReadAsync(context, AdminJsonContext.Default.FakeHubFault,
                "{\"route\": \"GET /services\", \"status\": 503, \"retryAfterSeconds\": 1, \"times\": 2}");
            if (body.Failure is { } error)
            {
                return HubError.From(error);
            }
            var added = faults.Add(body.Value!);
            return added.Failure is { } invalid
                ? HubError.From(invalid)
                : TypedResults.Json(added.Value!, AdminJsonContext.Default.FakeHubFaultStatus, statusCode: StatusCodes.Status201Created);
        });
        admin.MapDelete("/faults", IResult (FaultRegistry faults) =>
        {
            faults.Clear();
            return Done("Every fault is removed.");
        });
        admin.MapDelete("/faults/{id}", IResult (string id, FaultRegistry faults) =>
            faults.Remove(id) ? Done($"Fault '{id}' removed.") : HubError.NotFound($"There is no fault '{Echo.Of(id)}'; GET /_admin/faults lists them."));
    }

    private static IResult Clock(FakeHubStore store) =>
        Json(new ClockBody(store.Now, store.ReferenceDate, store.ClockAdvanced), AdminJsonContext.Default.ClockBody);

    /// <summary>
    /// Runs an operation that waits until no API request is in flight (RequestGate.RunExclusive, which blocks) on a pool
    /// thread. The standalone server runs requests on its socket threads (FakeHubStandalone), and a wait there could hold
    /// up the very request it waits for: one whose body is still arriving on that thread.
    /// </summary>
    private static Task<IResult> Exclusive(Func<IResult> operation) => Task.Run(operation);

    private static HubError? Answer(Failure? failure) => failure is null ? null : HubError.From(failure);

    private static IResult Done(string result) => Json(new DoneBody(result), AdminJsonContext.Default.DoneBody);

    private static IResult Json<T>(T value, JsonTypeInfo<T> info) => TypedResults.Json(value, info);

    private static HubError? KeyProblem(string? expected, string sent)
    {
        if (expected is null)
        {
            return null;
        }
        if (sent.Length == 0)
        {
            return HubError.Unauthorized($"The admin API needs the admin key in the {KeyHeader} header (the server was started with --admin-key).");
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected))
            ? null
            : HubError.Unauthorized($"The {KeyHeader} header does not hold the admin key this server was started with.");
    }

    private static async Task<Result<T>> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> info, string example) where T : class
    {
        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync(context.Request.Body, info, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            return Failure.Malformed($"The body must be a JSON object such as {example}. {ex.Message}");
        }
        if (value is null)
        {
            return Failure.Malformed($"The body must be a JSON object such as {example}, not null.");
        }
        return value;
    }
}
