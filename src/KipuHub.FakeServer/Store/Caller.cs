using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>Who is calling and in which tenant, as the pipeline resolved it from the headers.</summary>
/// <param name="UserId">The authenticated user.</param>
/// <param name="Username">The user's login name, used as createdBy/modifiedBy.</param>
/// <param name="TenantId">The personal account or the organization the request acts in.</param>
/// <param name="TenantName">The tenant's display name, for error messages.</param>
/// <param name="Role">The caller's role in the tenant.</param>
/// <remarks>It holds no token: a record prints every member, and a caller ends up in logs and assertion messages.</remarks>
internal sealed record Caller(string UserId, string Username, string TenantId, string TenantName, PermissionRole Role)
{
    /// <summary>The role the request's method needs (VIEWER reads, MAINTAINER writes, OWNER deletes); a shared row checks it.</summary>
    public PermissionRole Needs { get; init; } = PermissionRole.Viewer;

    public string DescribeTenant() => TenantId == UserId
        ? $"the personal account of '{Username}'"
        : $"organization '{TenantName}'";
}
