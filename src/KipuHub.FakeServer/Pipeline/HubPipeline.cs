using System.Globalization;
using KipuHub.Contract;
using KipuHub.FakeServer.Faults;
using KipuHub.FakeServer.Journal;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// The one gate every catalog endpoint passes, driven by the endpoint's catalog entry: token, tenant and role, then
/// query (paging, sorting, filters), then body. A request it refuses never reaches a handler, so it changes nothing.
/// It runs inside each catalog endpoint's own delegate (HubRouteMapper), not as a middleware: the endpoint and the
/// handler are known there, so a request needs no endpoint metadata lookup, no extra middleware step, and no feature
/// lookup to hand the admitted request to its handler.
/// </summary>
internal sealed class HubPipeline(FakeHubStore store, FakeHubOptions options, FaultRegistry faults)
{
    private readonly Lock _latencyGate = new();
    private readonly Random _latencyRandom = new(options.Seed);

    public const string TokenHeader = "X-Auth-Token";
    public const string OrganizationHeader = "X-OrganizationId";
    public const string SeedHeader = "X-KipuHub-Seed";

    private readonly string _seed = options.Seed.ToString(CultureInfo.InvariantCulture);

    /// <summary>Admits the request to <paramref name="endpoint"/> and runs <paramref name="handler"/> with it, or answers the refusal.</summary>
    public async Task RunAsync(HttpContext context, HubEndpoint endpoint, Func<HttpContext, HubRequest, Task> handler)
    {
        // A reset or restore must not land between resolving the caller and running the handler.
        using var pass = store.Gate.TryEnter() ?? await store.Gate.EnterAsync(context.RequestAborted);
        // The journal attached the trace; without the journal in front, the pipeline attaches its own for the handler.
        var trace = RequestTrace.Of(context) ?? RequestTrace.AttachedTo(context);
        trace.Endpoint = endpoint;
        trace.Query = QueryFacts.Of(endpoint, context.Request);
        // Every answer names its data set, so a failure seen in a log can be reproduced with the same seed.
        context.Response.Headers[SeedHeader] = _seed;
        if (options.Latency > TimeSpan.Zero || options.LatencyMax > TimeSpan.Zero)
        {
            await Task.Delay(NextLatency(), context.RequestAborted);
        }
        var (admitted, error) = await AdmitAsync(context, endpoint, trace);
        if (trace.Dropped)
        {
            return;
        }
        if (error is not null)
        {
            await error.ExecuteAsync(context);
            return;
        }
        await handler(context, admitted!);
    }

    private async ValueTask<(HubRequest? Request, HubError? Error)> AdmitAsync(HttpContext context, HubEndpoint endpoint, RequestTrace trace)
    {
        var headers = context.Request.Headers;
        var organization = headers[OrganizationHeader].ToString();
        var token = headers[TokenHeader].ToString();
        var caller = endpoint.OrganizationParameter is { } inPath
            ? Tenancy.ResolveMember(store, token, context.Request.RouteValues[inPath] as string)
            : Tenancy.ResolveCaller(store, token, organization, endpoint.Scope);
        if (caller.Failure is { Kind: FailureKind.Unauthenticated } && token.Length > 0)
        {
            // Not a personal access token: a module may know it (a data pool grant, say); if none does, the 401 stands.
            caller = await HubModules.ResolveCredentialAsync(store, new Credential(token, endpoint, RouteOf(context), organization)) ?? caller;
        }
        if (caller.Failure is { } unauthorized)
        {
            // A refused organization is journaled under the id it asked for, so its tenant's view shows the attempt.
            trace.TenantId = endpoint.Scope == HubScope.Organization && !string.IsNullOrWhiteSpace(organization) ? organization : null;
            return (null, HubError.From(unauthorized));
        }
        // The role the method needs travels with the caller: a row shared with the tenant checks it against the share's role.
        var who = caller.Value! with { Needs = Needed(endpoint).Role };
        trace.TenantId = who.TenantId;
        trace.PrincipalId = who.UserId;
        trace.Principal = who.Username;
        // Parsed before faults, so an injected failure is journaled with the paging it was asked for.
        var query = trace.Query!.Parsed;
        if (query.Value is { } parsed && endpoint.Shape == HubResultShape.Page)
        {
            trace.Page = parsed.Page;
            trace.Size = parsed.Size;
        }
        if (faults.Match(endpoint, who.TenantId) is { } fault && await InjectAsync(context, fault, trace) is { } injected)
        {
            return (null, injected);
        }
        if (trace.Dropped)
        {
            return (null, HubError.Internal("The connection was dropped."));
        }
        if (endpoint.ChecksRole && RoleProblem(endpoint, who) is { } forbidden)
        {
            return (null, HubError.From(forbidden));
        }
        if (query.Failure is { } badQuery)
        {
            return (null, HubError.From(badQuery));
        }
        var diagnostics = StrictRules.ScopeFinding(endpoint, !string.IsNullOrWhiteSpace(organization), options.RequireOrganization) is { } unscoped
            ? [unscoped, .. trace.Query.Findings]
            : trace.Query.Findings;
        if (diagnostics.Count > 0)
        {
            trace.Diagnose(diagnostics.Select(d => d.ToString()));
            if (options.Strict)
            {
                return (null, HubError.BadRequest("Strict mode: " + string.Join(" ", diagnostics)));
            }
            foreach (var diagnostic in diagnostics)
            {
                context.Response.Headers.Append(StrictRules.DiagnosticHeader, $"{diagnostic.RuleId} {diagnostic.HelpLink}");
            }
        }
        object? body = null;
        IReadOnlyDictionary<string, Upload>? uploads = null;
        if (endpoint.Body == HubBodyKind.Json)
        {
            var read = await RequestBodies.ReadJsonAsync(context, endpoint);
            if (read.Failure is { } badBody)
            {
                return (null, HubError.From(badBody));
            }
            body = read.Value;
        }
        else if (endpoint.Body == HubBodyKind.Multipart)
        {
            var read = await RequestBodies.ReadUploadAsync(context, endpoint, options.UploadLimitBytes);
            if (read.Failure is { } badUpload)
            {
                return (null, HubError.From(badUpload));
            }
            uploads = read.Value!;
        }
        else if (endpoint.Body == HubBodyKind.Text)
        {
            var read = await RequestBodies.ReadTextAsync(context, endpoint);
            if (read.Failure is { } badText)
            {
                return (null, HubError.From(badText));
            }
            body = new TextBody(read.Value!);
        }
        return (new HubRequest { Endpoint = endpoint, Store = store, Caller = who, Query = query.Value!, Body = body, Uploads = uploads, Trace = trace }, null);
    }

    private static Dictionary<string, string> RouteOf(HttpContext context) =>
        context.Request.RouteValues.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits the fault's latency, then drops the connection or returns the injected error (null: serve normally).</summary>
    private static async Task<HubError?> InjectAsync(HttpContext context, FaultDecision fault, RequestTrace trace)
    {
        trace.Fault = fault.Description;
        if (fault.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fault.Latency, context.RequestAborted);
        }
        if (fault.Drop)
        {
            trace.Dropped = true;
            context.Abort();
            return null;
        }
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        return fault.Error;
    }

    private TimeSpan NextLatency()
    {
        if (options.LatencyMax is not { } top || top <= options.Latency)
        {
            return options.Latency;
        }
        lock (_latencyGate)
        {
            return TimeSpan.FromMilliseconds(_latencyRandom.Next((int)options.Latency.TotalMilliseconds, (int)top.TotalMilliseconds + 1));
        }
    }

    /// <summary>
    /// docs/contract.md#roles: VIEWER may read, MAINTAINER and OWNER may write, only OWNER may delete, unless the
    /// catalog entry names another least role (<see cref="HubEndpoint.MinimumRole"/>).
    /// </summary>
    private static Failure? RoleProblem(HubEndpoint endpoint, Caller caller)
    {
        var (needed, action) = Needed(endpoint);
        return Rank(caller.Role) >= Rank(needed)
            ? null
            : Failure.Denied($"User '{caller.Username}' is {caller.Role} in {caller.DescribeTenant()} and may not {action} there: " +
                $"{endpoint.Method} {endpoint.PathTemplate} needs {needed} or higher (VIEWER reads, MAINTAINER and OWNER write, OWNER deletes, unless the endpoint names its own role).");
    }

    /// <summary>The role the endpoint needs (the catalog's, by method unless it names one), and the action for messages.</summary>
    private static (PermissionRole Role, string Action) Needed(HubEndpoint endpoint) => (endpoint.MinimumRole, endpoint.Method.Method switch
    {
        "GET" or "HEAD" => "read",
        "DELETE" => "delete",
        _ => "write",
    });

    private static int Rank(PermissionRole role) =>
        role == PermissionRole.Owner ? 3 : role == PermissionRole.Maintainer ? 2 : role == PermissionRole.Viewer ? 1 : 0;
}
