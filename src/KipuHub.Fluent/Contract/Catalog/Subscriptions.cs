using KipuHub.Models;

namespace KipuHub.Contract;

// The subscriptions namespace: an application's access to a published service, and its executions.
public static partial class HubCatalog
{
    /// <summary>Subscribes an application to a published service.</summary>
    [HubEndpoint("subscriptions", "POST", "/subscriptions", Result = typeof(Subscription), Request = typeof(CreateSubscriptionRequest),
        Summary = "Subscribes an application to a published service.")]
    public static HubEndpoint SubscriptionsCreate => Entry();

    /// <summary>Gets a subscription.</summary>
    [HubEndpoint("subscriptions", "GET", "/subscriptions/{id}", Result = typeof(Subscription), Summary = "Gets a subscription.")]
    public static HubEndpoint SubscriptionsGet => Entry();

    /// <summary>Cancels a subscription.</summary>
    [HubEndpoint("subscriptions", "DELETE", "/subscriptions/{id}", Shape = HubResultShape.Empty, Summary = "Cancels a subscription.")]
    public static HubEndpoint SubscriptionsDelete => Entry();

    /// <summary>Lists the executions made through a subscription.</summary>
    [HubEndpoint("subscriptions", "GET", "/subscriptions/{id}/service-executions", Shape = HubResultShape.Array,
        Result = typeof(ServiceExecution), Evidence = HubEvidence.Current, Summary = "Lists the executions made through a subscription.")]
    public static HubEndpoint SubscriptionsServiceExecutions => Entry();
}
