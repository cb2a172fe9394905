using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>subscriptions</c> namespace: subscribe an application to a service, and read or cancel subscriptions.</summary>
public sealed class SubscriptionsQuery : HubQuery<SubscriptionsQuery>
{
    internal SubscriptionsQuery(QueryState state)
        : base(state)
    {
    }

    /// <summary>A command that subscribes an application to a published service.</summary>
    /// <param name="request">The service and the application.</param>
    [HubOperation(nameof(HubCatalog.SubscriptionsCreate))]
    public HubCommand<Subscription> Create(CreateSubscriptionRequest request) =>
        Json(Call(HubCatalog.SubscriptionsCreate), request, SubscriptionsJsonContext.Default.CreateSubscriptionRequest, SubscriptionsJsonContext.Default.Subscription);

    /// <summary>Subscribes an application to a published service; the server answers 409 for an unpublished service or a second subscription.</summary>
    /// <param name="request">The service and the application.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.SubscriptionsCreate))]
    public Task<Subscription> CreateAsync(CreateSubscriptionRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that gets a subscription.</summary>
    /// <param name="subscriptionId">The subscription's id.</param>
    [HubOperation(nameof(HubCatalog.SubscriptionsGet))]
    public HubCommand<Subscription> Get(string subscriptionId) => Json(Call(HubCatalog.SubscriptionsGet, subscriptionId), SubscriptionsJsonContext.Default.Subscription);

    /// <summary>Gets a subscription.</summary>
    /// <param name="subscriptionId">The subscription's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.SubscriptionsGet))]
    public Task<Subscription> GetAsync(string subscriptionId, CancellationToken cancellationToken = default) => Get(subscriptionId).SendAsync(cancellationToken);

    /// <summary>A command that cancels a subscription.</summary>
    /// <param name="subscriptionId">The subscription's id.</param>
    [HubOperation(nameof(HubCatalog.SubscriptionsDelete))]
    public HubCommand Delete(string subscriptionId) => Empty(Call(HubCatalog.SubscriptionsDelete, subscriptionId));

    /// <summary>Cancels a subscription.</summary>
    /// <param name="subscriptionId">The subscription's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.SubscriptionsDelete))]
    public Task DeleteAsync(string subscriptionId, CancellationToken cancellationToken = default) => Delete(subscriptionId).SendAsync(cancellationToken);

    /// <summary>The service executions made through a subscription.</summary>
    /// <param name="subscriptionId">The subscription's id.</param>
    [HubOperation(nameof(HubCatalog.SubscriptionsServiceExecutions))]
    public HubArrayQuery<ServiceExecution> ServiceExecutions(string subscriptionId) =>
        new(State.ScopeOnly(), HubCatalog.SubscriptionsServiceExecutions, [subscriptionId], SubscriptionsJsonContext.Default.IReadOnlyListServiceExecution);

    private protected override SubscriptionsQuery With(QueryState state) => new(state);
}
