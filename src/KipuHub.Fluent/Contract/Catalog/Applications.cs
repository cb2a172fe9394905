using KipuHub.Models;

namespace KipuHub.Contract;

// The applications namespace: the consumer side that subscribes to services.
public static partial class HubCatalog
{
    /// <summary>Lists the applications of the tenant.</summary>
    [HubEndpoint("applications", "GET", "/v2/applications", Shape = HubResultShape.Array, Result = typeof(Application),
        Summary = "Lists the applications of the tenant.")]
    public static HubEndpoint ApplicationsList => Entry();

    /// <summary>Creates an application.</summary>
    [HubEndpoint("applications", "POST", "/v2/applications", Result = typeof(Application), Request = typeof(CreateApplicationRequest),
        Summary = "Creates an application.")]
    public static HubEndpoint ApplicationsCreate => Entry();

    /// <summary>Gets an application.</summary>
    [HubEndpoint("applications", "GET", "/v2/applications/{id}", Result = typeof(Application), Summary = "Gets an application.")]
    public static HubEndpoint ApplicationsGet => Entry();

    /// <summary>Deletes an application and its subscriptions.</summary>
    [HubEndpoint("applications", "DELETE", "/v2/applications/{id}", Shape = HubResultShape.Empty,
        Summary = "Deletes an application and its subscriptions.")]
    public static HubEndpoint ApplicationsDelete => Entry();

    /// <summary>Issues an access token for calling the application's subscribed services.</summary>
    [HubEndpoint("applications", "POST", "/v2/applications/{id}/access-token", Result = typeof(AccessToken), RevealsSecrets = true,
        Summary = "Issues an access token for calling the application's subscribed services.")]
    public static HubEndpoint ApplicationsAccessToken => Entry();

    /// <summary>Lists the subscriptions of an application.</summary>
    [HubEndpoint("applications", "GET", "/v2/applications/{id}/subscriptions", Shape = HubResultShape.Array, Result = typeof(Subscription),
        Summary = "Lists the subscriptions of an application.")]
    public static HubEndpoint ApplicationsSubscriptions => Entry();
}
