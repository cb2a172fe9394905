using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Organizations;

/// <summary>
/// The organizations namespace's routes. Under <c>/organizations/{id}</c> the pipeline acts in that organization with
/// the caller's role there (the catalog's <see cref="HubEndpoint.OrganizationParameter"/>), so handlers read the
/// organization from the caller; the route's <c>id</c> is bound only because every path parameter is.
/// </summary>
internal static class OrganizationsApi
{
    public static HubRouteTable Routes { get; } = new("organizations")
    {
        [nameof(HubCatalog.OrganizationsList)] = List,
        [nameof(HubCatalog.OrganizationsCreate)] = Create,
        [nameof(HubCatalog.OrganizationsGet)] = Get,
        [nameof(HubCatalog.OrganizationsUpdate)] = Update,
        [nameof(HubCatalog.OrganizationsDelete)] = Delete,
        [nameof(HubCatalog.OrganizationMembersList)] = Members,
        [nameof(HubCatalog.OrganizationMembersUpdate)] = UpdateMember,
        [nameof(HubCatalog.OrganizationMembersDelete)] = RemoveMember,
        [nameof(HubCatalog.OrganizationInvitationsList)] = Invitations,
        [nameof(HubCatalog.OrganizationInvitationsCreate)] = Invite,
        [nameof(HubCatalog.OrganizationInvitationsDelete)] = Withdraw,
        [nameof(HubCatalog.OrganizationProviderTokensList)] = ProviderTokens,
        [nameof(HubCatalog.OrganizationProviderTokensSet)] = SetProviderToken,
        [nameof(HubCatalog.OrganizationProviderTokensDelete)] = RemoveProviderToken,
    };

    private static HubListResult<Organization> List(HubRequest request) =>
        request.List(static (store, caller) => OrganizationsDomain.List(store, caller));

    private static Results<JsonHttpResult<Organization>, HubError> Create(HubRequest request, JsonBody<CreateOrganizationRequest> body) =>
        OrganizationsDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<Organization>, HubError> Get(HubRequest request, string id) =>
        OrganizationsDomain.Get(request.Store, request.Caller).ToJson(request);

    private static Results<JsonHttpResult<Organization>, HubError> Update(HubRequest request, string id, JsonBody<UpdateOrganizationRequest> body) =>
        OrganizationsDomain.Update(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        OrganizationsDomain.Delete(request.Store, request.Caller).OrNoContent();

    private static Results<HubListResult<OrganizationMember>, HubError> Members(HubRequest request, string id) =>
        OrganizationsDomain.Members(request.Store, request.Caller).ToList(request);

    private static Results<JsonHttpResult<OrganizationMember>, HubError> UpdateMember(HubRequest request, string id, string userId, JsonBody<UpdateMemberRequest> body) =>
        OrganizationsDomain.UpdateMember(request.Store, request.Caller, userId, body.Value).ToJson(request);

    private static Results<NoContent, HubError> RemoveMember(HubRequest request, string id, string userId) =>
        OrganizationsDomain.RemoveMember(request.Store, request.Caller, userId).OrNoContent();

    private static Results<HubListResult<OrganizationInvitation>, HubError> Invitations(HubRequest request, string id) =>
        InvitationsDomain.OfOrganization(request.Store, request.Caller).ToList(request);

    private static Results<JsonHttpResult<OrganizationInvitation>, HubError> Invite(HubRequest request, string id, JsonBody<CreateInvitationRequest> body) =>
        InvitationsDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Withdraw(HubRequest request, string id, string iid) =>
        InvitationsDomain.Withdraw(request.Store, request.Caller, iid).OrNoContent();

    private static HubListResult<ProviderToken> ProviderTokens(HubRequest request, string id) =>
        request.List(ProviderTokensDomain.List(request.Store, request.Caller));

    private static Results<JsonHttpResult<ProviderToken>, HubError> SetProviderToken(HubRequest request, string id, string provider, JsonBody<SetProviderTokenRequest> body) =>
        ProviderTokensDomain.Set(request.Store, request.Caller, provider, body.Value).ToJson(request);

    private static Results<NoContent, HubError> RemoveProviderToken(HubRequest request, string id, string provider) =>
        ProviderTokensDomain.Remove(request.Store, request.Caller, provider).OrNoContent();
}
