using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the organizations namespace, also used by the users namespace's invitations and tokens (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<Organization>))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(CreateOrganizationRequest))]
[JsonSerializable(typeof(UpdateOrganizationRequest))]
[JsonSerializable(typeof(PageEnvelope<OrganizationMember>))]
[JsonSerializable(typeof(OrganizationMember))]
[JsonSerializable(typeof(UpdateMemberRequest))]
[JsonSerializable(typeof(PageEnvelope<OrganizationInvitation>))]
[JsonSerializable(typeof(OrganizationInvitation))]
[JsonSerializable(typeof(CreateInvitationRequest))]
[JsonSerializable(typeof(PageEnvelope<ProviderToken>))]
[JsonSerializable(typeof(ProviderToken))]
[JsonSerializable(typeof(SetProviderTokenRequest))]
internal sealed partial class OrganizationsJsonContext : JsonSerializerContext;
