using KipuHub.Models;

namespace KipuHub.FakeServer;

/// <summary>What a server was seeded with: enough to find every seeded principal and organization without guessing.</summary>
/// <param name="Seed">The seed of the data set.</param>
/// <param name="ReferenceDate">"Now" for the data set: seeded timestamps lie before it.</param>
/// <param name="Demo">The demo principal (token <c>demo-token</c>).</param>
/// <param name="Principals">Every seeded user with its token, demo first.</param>
/// <param name="Organizations">Every seeded organization with its members and their roles.</param>
public sealed record FakeHubSeedInfo(
    int Seed,
    DateTimeOffset ReferenceDate,
    FakeHubPrincipal Demo,
    IReadOnlyList<FakeHubPrincipal> Principals,
    IReadOnlyList<FakeHubOrganization> Organizations);

/// <summary>A user of the fake and its personal access token.</summary>
/// <param name="UserId">The user's id, which is also the id of its personal account.</param>
/// <param name="Username">The login name.</param>
/// <param name="Token">The personal access token to send as <c>X-Auth-Token</c>.</param>
public sealed record FakeHubPrincipal(string UserId, string Username, string Token);

/// <summary>An organization and its members.</summary>
/// <param name="Id">The organization id, sent as <c>X-OrganizationId</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="Members">The members with their roles, in the order they joined.</param>
public sealed record FakeHubOrganization(string Id, string Name, IReadOnlyList<FakeHubMember> Members);

/// <summary>A member of an organization.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The login name.</param>
/// <param name="Token">The user's personal access token.</param>
/// <param name="Role">The role in the organization.</param>
public sealed record FakeHubMember(string UserId, string Username, string Token, PermissionRole Role);
