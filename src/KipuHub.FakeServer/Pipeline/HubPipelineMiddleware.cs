using KipuHub.Contract;
using KipuHub.FakeServer.Data;
using KipuHub.Models;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// The one gate every catalog endpoint passes, driven by the endpoint's catalog entry: token, tenant and role, then
/// query (paging, sorting, filters), then body. A request it refuses never reaches a handler, so it changes nothing.
/// </summary>
internal sealed class HubPipelineMiddleware(RequestDelegate next, FakeHubStore store, FakeHubOptions options)
{
    public const string TokenHeader = "X-Auth-Token";
    public const string OrganizationHeader = "X-OrganizationId";

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint()?.Metadata.GetMetadata<HubEndpoint>();
        if (endpoint is null)
        {
            await next(context);
            return;
        }
        var admitted = await AdmitAsync(context, endpoint);
        if (admitted.Error is { } error)
        {
            await error.ExecuteAsync(context);
            return;
        }
        admitted.Value!.AttachTo(context);
        await next(context);
    }

    private async Task<Outcome<HubRequest>> AdmitAsync(HttpContext context, HubEndpoint endpoint)
    {
        var headers = context.Request.Headers;
        var caller = store.ResolveCaller(headers[TokenHeader].ToString(), headers[OrganizationHeader].ToString(), endpoint.Scope);
        if (caller.Error is { } unauthorized)
        {
            return unauthorized;
        }
        if (endpoint.Scope == HubScope.Organization && RoleProblem(endpoint, caller.Value!) is { } forbidden)
        {
            return forbidden;
        }
        var query = HubQuery.Parse(endpoint, context.Request.Query);
        if (query.Error is { } badQuery)
        {
            return badQuery;
        }
        object? body = null;
        Upload? upload = null;
        if (endpoint.Body == HubBodyKind.Json)
        {
            var read = await RequestBodies.ReadJsonAsync(context, endpoint);
            if (read.Error is { } badBody)
            {
                return badBody;
            }
            body = read.Value;
        }
        else if (endpoint.Body == HubBodyKind.Multipart)
        {
            var read = await RequestBodies.ReadUploadAsync(context, endpoint, options.UploadLimitBytes);
            if (read.Error is { } badUpload)
            {
                return badUpload;
            }
            upload = read.Value;
        }
        return new HubRequest { Endpoint = endpoint, Store = store, Caller = caller.Value!, Query = query.Value!, Body = body, Upload = upload };
    }

    /// <summary>DECISIONS.md: VIEWER may read, MAINTAINER and OWNER may write, only OWNER may delete.</summary>
    private static HubError? RoleProblem(HubEndpoint endpoint, Caller caller)
    {
        var (needed, action) = endpoint.Method.Method switch
        {
            "GET" or "HEAD" => (PermissionRole.Viewer, "read"),
            "DELETE" => (PermissionRole.Owner, "delete"),
            _ => (PermissionRole.Maintainer, "write"),
        };
        return Rank(caller.Role) >= Rank(needed)
            ? null
            : HubError.Forbidden($"User '{caller.Username}' is {caller.Role} in {caller.DescribeTenant()} and may not {action} there: " +
                $"{endpoint.Method} {endpoint.PathTemplate} needs {needed} or higher (VIEWER reads, MAINTAINER and OWNER write, OWNER deletes).");
    }

    private static int Rank(PermissionRole role) =>
        role == PermissionRole.Owner ? 3 : role == PermissionRole.Maintainer ? 2 : role == PermissionRole.Viewer ? 1 : 0;
}
