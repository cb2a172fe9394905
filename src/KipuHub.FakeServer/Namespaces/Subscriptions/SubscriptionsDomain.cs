using KipuHub.FakeServer.Namespaces.Applications;
using KipuHub.FakeServer.Namespaces.Marketplace;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Subscriptions;

/// <summary>
/// The subscriptions rules: an application of the caller's tenant subscribes once to a service that is PUBLISHED (any
/// tenant), or ACCESSIBLE and owned by or shared with the tenant. A service the caller cannot see is 404; one it can
/// see but that is not published is 409. Revoking a share ends the target tenant's subscriptions to an ACCESSIBLE
/// service (the table's invariant, pruned by the revoke).
/// </summary>
internal static class SubscriptionsDomain
{
    /// <summary>Whether an application of <paramref name="tenantId"/> may subscribe to <paramref name="service"/>.</summary>
    public static bool IsSubscribable(ServiceRecord service, string? tenantId, IRowLookup rows) =>
        service.Version.Lifecycle == ServiceLifecycle.Published
        || (service.Version.Lifecycle == ServiceLifecycle.Accessible && IsOpenTo(service, tenantId, rows));

    /// <summary>The table's invariant: the service is still one the application's tenant may subscribe to.</summary>
    public static bool IsSubscribed(SubscriptionRecord subscription, IRowLookup rows) =>
        rows.Find(ServicesModule.Services, subscription.ServiceId) is ServiceRecord service
        && IsSubscribable(service, SubscriptionsModule.Subscriptions.TenantOf(subscription, rows), rows);

    /// <summary>Whether the tenant owns the service or has it shared.</summary>
    private static bool IsOpenTo(ServiceRecord service, string? tenantId, IRowLookup rows) =>
        service.TenantId == tenantId || ServicesModule.Services.IsSharedWith(service, tenantId, rows);

    public static Result<Subscription> Create(FakeHubStore store, Caller caller, CreateSubscriptionRequest request)
    {
        var missing = new[] { ("serviceId", request.ServiceId), ("applicationId", request.ApplicationId) }
            .Where(f => string.IsNullOrWhiteSpace(f.Item2))
            .Select(f => f.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            return Failure.Invalid($"A subscription needs both 'serviceId' and 'applicationId'; missing or empty: {string.Join(", ", missing)}.");
        }
        using var write = store.Writing();
        var application = store.Table(ApplicationsModule.Applications).Find(caller, request.ApplicationId!);
        if (application.Failure is { } failure)
        {
            return write.Commit<Subscription>(failure);
        }
        if (store.Table(ServicesModule.Services).Find(request.ServiceId!) is not { } service
            || (service.Version.Lifecycle != ServiceLifecycle.Published && !IsOpenTo(service, caller.TenantId, store)))
        {
            return write.Commit<Subscription>(Failure.NotFound($"Service '{Echo.Of(request.ServiceId)}' was not found: subscribe to a PUBLISHED service (GET /v2/apis, " +
                $"its serviceId) or to an ACCESSIBLE service of {caller.DescribeTenant()} or shared with it."));
        }
        if (!IsSubscribable(service, caller.TenantId, store))
        {
            return write.Commit<Subscription>(Failure.Conflict($"Service '{service.Id}' is CREATED; publish it (publish-internal for ACCESSIBLE, or publish) " +
                "before subscribing to it."));
        }
        var subscriptions = store.Table(SubscriptionsModule.Subscriptions);
        if (subscriptions.Rows.FirstOrDefault(s => s.ApplicationId == application.Value!.Id && s.ServiceId == service.Id) is { } existing)
        {
            return write.Commit<Subscription>(Failure.Conflict($"Application '{application.Value!.Id}' is already subscribed to service '{service.Id}' " +
                $"(subscription '{existing.Id}')."));
        }
        var subscription = new SubscriptionRecord
        {
            Id = store.NextId(),
            ApplicationId = application.Value!.Id,
            ServiceId = service.Id,
            CreatedAt = store.Tick(),
            LogsAvailable = true,
        };
        subscriptions.Add(subscription);
        return write.Commit<Subscription>(Dto(store, subscription, caller));
    }

    public static Result<Subscription> Get(FakeHubStore store, Caller caller, string subscriptionId) =>
        store.GetOwned(SubscriptionsModule.Subscriptions, caller, subscriptionId, s => Dto(store, s, caller));

    public static Failure? Delete(FakeHubStore store, Caller caller, string subscriptionId) =>
        store.DeleteOwned(SubscriptionsModule.Subscriptions, caller, subscriptionId);

    public static Result<IReadOnlyList<ServiceExecution>> ListExecutions(FakeHubStore store, Caller caller, string subscriptionId)
    {
        using var read = store.Reading();
        var found = store.Table(SubscriptionsModule.Subscriptions).Find(caller, subscriptionId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        // The same executions as /service-executions, on the fake's clock; this list shows the five fields it always had.
        var now = store.Now;
        return found.Value!.Executions
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.At(now))
            .Select(e => new ServiceExecution { Id = e.Id, Status = e.Status, CreatedAt = e.CreatedAt, StartedAt = e.StartedAt, EndedAt = e.EndedAt })
            .ToList();
    }

    /// <summary>The subscriptions that match, in creation order, as the API shows them. Callers hold the lock.</summary>
    public static List<Subscription> Dtos(FakeHubStore store, Caller caller, Func<SubscriptionRecord, bool> match) =>
        [.. store.Table(SubscriptionsModule.Subscriptions).Rows.Where(match)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => Dto(store, s, caller))];

    private static Subscription Dto(FakeHubStore store, SubscriptionRecord subscription, Caller caller)
    {
        var service = store.Table(ServicesModule.Services).Find(subscription.ServiceId)!;
        return new Subscription
        {
            Id = subscription.Id,
            Application = ApplicationsDomain.Dto(store, store.Table(ApplicationsModule.Applications).Find(subscription.ApplicationId)!, caller),
            Api = MarketplaceDomain.Dto(store, service),
            PricingPlan = service.Version.PricingPlans.FirstOrDefault(),
            LogsAvailable = subscription.LogsAvailable,
        };
    }
}
