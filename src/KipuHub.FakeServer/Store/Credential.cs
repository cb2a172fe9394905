using KipuHub.Contract;

namespace KipuHub.FakeServer.Store;

/// <summary>
/// An X-Auth-Token that is no personal access token, with what a module needs to judge it: the endpoint asked for, its
/// route values and the X-OrganizationId header. The token is a secret, so <see cref="ToString"/> never shows it.
/// </summary>
internal sealed class Credential(string token, HubEndpoint endpoint, IReadOnlyDictionary<string, string> route, string? organizationId)
{
    public string Token { get; } = token;

    public HubEndpoint Endpoint { get; } = endpoint;

    /// <summary>The request's path parameters by name (<c>id</c>, <c>fileId</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> Route { get; } = route;

    /// <summary>The X-OrganizationId header, or null or empty when absent.</summary>
    public string? OrganizationId { get; } = organizationId;

    public override string ToString() => $"Credential {{ Endpoint = {Endpoint.Id}, Token = *** }}";
}
