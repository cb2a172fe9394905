using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Organizations;

/// <summary>
/// An invitation of an email address to an organization. It is matched to a user by email when the user lists, accepts
/// or declines it, so an invitation to an address nobody has yet stays pending until a user with it turns up.
/// </summary>
internal sealed record InvitationRecord
{
    public string Id { get; init; } = string.Empty;

    public string OrganizationId { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public PermissionRole Role { get; init; } = PermissionRole.Viewer;

    public InvitationState State { get; init; } = InvitationState.Pending;

    public DateTimeOffset CreatedAt { get; init; }

    public string InvitedBy { get; init; } = string.Empty;
}

/// <summary>
/// A quantum provider token of a tenant: an organization's, or a user's own (its personal account's id). The token is
/// kept only as its hash, so no answer, snapshot or fingerprint holds it.
/// </summary>
internal sealed record ProviderTokenRecord
{
    /// <summary>The owner's id and the provider: one token per provider and owner.</summary>
    public string Key => KeyOf(OwnerId, Provider);

    public string OwnerId { get; init; } = string.Empty;

    public string Provider { get; init; } = string.Empty;

    public string TokenHash { get; init; } = string.Empty;

    public DateTimeOffset SetAt { get; init; }

    public string SetBy { get; init; } = string.Empty;

    public static string KeyOf(string ownerId, string provider) => $"{ownerId}/{provider}";
}
