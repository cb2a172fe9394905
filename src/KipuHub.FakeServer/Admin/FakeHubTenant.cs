using KipuHub.Contract;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer;

/// <summary>
/// An organization created for one test, with fresh members in chosen roles. Other tests on the same server cannot
/// see its data. Dispose it to remove it and everything in it.
/// </summary>
/// <example>
/// <code>
/// using var tenant = hub.CreateTenant(PermissionRole.Owner, PermissionRole.Viewer);
/// using var owner = tenant.CreateClient();
/// </code>
/// </example>
public sealed class FakeHubTenant : IDisposable
{
    private readonly FakeHubServer _server;

    internal FakeHubTenant(FakeHubServer server, FakeHubOrganization organization)
    {
        _server = server;
        Id = organization.Id;
        Name = organization.Name;
        Members = organization.Members;
    }

    /// <summary>The organization id, sent as <c>X-OrganizationId</c>.</summary>
    public string Id { get; }

    /// <summary>The organization's display name.</summary>
    public string Name { get; }

    /// <summary>The members, in the order their roles were given.</summary>
    public IReadOnlyList<FakeHubMember> Members { get; }

    /// <summary>The first member with a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The member.</returns>
    /// <exception cref="InvalidOperationException">No member has that role.</exception>
    public FakeHubMember Member(PermissionRole role) => Members.FirstOrDefault(m => m.Role == role)
        ?? throw new InvalidOperationException($"Tenant '{Name}' has no {role} member; its members are {string.Join(", ", Members.Select(m => m.Role))}.");

    /// <summary>Creates a client acting in this organization as the first member with <paramref name="role"/>. The caller disposes it.</summary>
    /// <param name="role">The member's role; <see langword="null"/> for the first member.</param>
    /// <returns>A new client, whose scope is decided (<see cref="HubScopedClientAttribute"/>): analyzer rule KH0001 accepts calls through it.</returns>
    [HubScopedClient]
    public HubPlatformClient CreateClient(PermissionRole? role = null) =>
        _server.CreateClient(role is { } wanted ? Member(wanted).Token : Members[0].Token, Id);

    /// <summary>Removes the organization, its members and all its data. Removing it twice is harmless.</summary>
    public void Dispose() => Tenancy.RemoveTenant(_server.Store, Id);

    /// <inheritdoc />
    public override string ToString() => $"FakeHubTenant {{ Id = {Id}, Name = {Name}, Members = {Members.Count} }}";
}
