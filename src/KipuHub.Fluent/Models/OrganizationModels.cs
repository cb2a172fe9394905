using System.Text;

namespace KipuHub.Models;

/// <summary>An organization the caller is a member of.</summary>
public sealed record Organization
{
    /// <summary>The organization's id; also the account id sent as <c>X-OrganizationId</c> to act in it.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The organization's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The billing address, as entered.</summary>
    public string? BillingAddress { get; init; }

    /// <summary>How many members the organization has.</summary>
    public int? MemberCount { get; init; }

    /// <summary>When the organization was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The caller's role in the organization.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>The body of <c>POST /organizations</c>.</summary>
public sealed record CreateOrganizationRequest
{
    /// <summary>The display name; required, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The billing address; required, 1 to 1,000 characters.</summary>
    public string? BillingAddress { get; init; }
}

/// <summary>The body of <c>PUT /organizations/{id}</c>; fields left null keep their value.</summary>
public sealed record UpdateOrganizationRequest
{
    /// <summary>The new display name, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The new billing address, 1 to 1,000 characters.</summary>
    public string? BillingAddress { get; init; }
}

/// <summary>A member of an organization and its role there.</summary>
public sealed record OrganizationMember
{
    /// <summary>The member's user id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The member's login name.</summary>
    public string? Username { get; init; }

    /// <summary>The member's first and last name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The member's role, filtered by <c>Where(m =&gt; m.Role == PermissionRole.Owner)</c>.</summary>
    public PermissionRole? Role { get; init; }
}

/// <summary>The body of <c>PUT /organizations/{id}/members/{userId}</c>.</summary>
public sealed record UpdateMemberRequest
{
    /// <summary>The new role: VIEWER, MAINTAINER or OWNER.</summary>
    public PermissionRole? Role { get; init; }
}

/// <summary>The state of an invitation. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(HubEnumJsonConverter<InvitationState>))]
public readonly record struct InvitationState(string Value) : IHubEnum<InvitationState>
{
    /// <summary><c>PENDING</c>: neither accepted nor declined yet.</summary>
    public static InvitationState Pending { get; } = new("PENDING");

    /// <summary><c>ACCEPTED</c>: the invitee became a member.</summary>
    public static InvitationState Accepted { get; } = new("ACCEPTED");

    /// <summary><c>DECLINED</c>: the invitee said no.</summary>
    public static InvitationState Declined { get; } = new("DECLINED");

    /// <inheritdoc />
    public static InvitationState FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>An invitation of an email address to an organization, with the role the invitee gets on accepting.</summary>
public sealed record OrganizationInvitation
{
    /// <summary>The invitation's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The organization invited to.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The organization's display name.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The invited email address.</summary>
    public string? Email { get; init; }

    /// <summary>The role the invitee gets on accepting.</summary>
    public PermissionRole? Role { get; init; }

    /// <summary>Pending, accepted or declined; filtered by <c>Where(i =&gt; i.State == InvitationState.Pending)</c>.</summary>
    public InvitationState? State { get; init; }

    /// <summary>When the invitation was sent.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who sent it.</summary>
    public string? InvitedBy { get; init; }
}

/// <summary>The body of <c>POST /organizations/{id}/invitations</c>.</summary>
public sealed record CreateInvitationRequest
{
    /// <summary>The email address to invite; required, at most 254 characters, with one <c>@</c>.</summary>
    public string? Email { get; init; }

    /// <summary>The role the invitee gets on accepting: VIEWER, MAINTAINER or OWNER.</summary>
    public PermissionRole? Role { get; init; }
}

/// <summary>A quantum hardware provider a token can be stored for. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(HubEnumJsonConverter<QuantumProvider>))]
public readonly record struct QuantumProvider(string Value) : IHubEnum<QuantumProvider>
{
    /// <summary><c>IBM</c>: IBM Quantum.</summary>
    public static QuantumProvider Ibm { get; } = new("IBM");

    /// <summary><c>IONQ</c>: IonQ.</summary>
    public static QuantumProvider IonQ { get; } = new("IONQ");

    /// <summary><c>AWS</c>: Amazon Braket.</summary>
    public static QuantumProvider Aws { get; } = new("AWS");

    /// <summary><c>AZURE</c>: Azure Quantum.</summary>
    public static QuantumProvider Azure { get; } = new("AZURE");

    /// <summary><c>GOOGLE</c>: Google Quantum AI.</summary>
    public static QuantumProvider Google { get; } = new("GOOGLE");

    /// <summary><c>QUANTINUUM</c>: Quantinuum.</summary>
    public static QuantumProvider Quantinuum { get; } = new("QUANTINUUM");

    /// <inheritdoc />
    public static QuantumProvider FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>That an account holds a token for a quantum provider: when and by whom it was set. Never the token.</summary>
public sealed record ProviderToken
{
    /// <summary>The provider; also the item's id.</summary>
    public QuantumProvider? Provider { get; init; }

    /// <summary>When the token was last set.</summary>
    public DateTimeOffset? SetAt { get; init; }

    /// <summary>Who set it.</summary>
    public string? SetBy { get; init; }
}

/// <summary>The body of <c>PUT …/provider-tokens/{provider}</c>. <see cref="ToString"/> never shows the token.</summary>
public sealed record SetProviderTokenRequest
{
    /// <summary>The provider's access token, 1 to 1,000 characters. Write-only: stored, never sent back.</summary>
    [KipuHub.Contract.HubSecret]
    public string? Token { get; init; }

    /// <summary>Prints the token as <c>***</c> when set.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Token = {(Token is null ? "" : "***")}");
        return true;
    }
}
