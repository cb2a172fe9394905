using KipuHub.FakeServer.Pipeline;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

internal sealed partial class FakeHubStore
{
    /// <summary>
    /// Subscribes an application of the caller's account to a service that is PUBLISHED (any account) or ACCESSIBLE
    /// (same account). A service the caller cannot see is 404; one it can see but that is not published is 409.
    /// </summary>
    public Outcome<Subscription> CreateSubscription(Caller caller, CreateSubscriptionRequest request)
    {
        lock (_gate)
        {
            var missing = new[] { ("serviceId", request.ServiceId), ("applicationId", request.ApplicationId) }
                .Where(f => string.IsNullOrWhiteSpace(f.Item2))
                .Select(f => f.Item1)
                .ToList();
            if (missing.Count > 0)
            {
                return HubError.Unprocessable($"A subscription needs both 'serviceId' and 'applicationId'; missing or empty: {string.Join(", ", missing)}.");
            }
            var application = FindApplication(caller, request.ApplicationId!);
            if (application.Error is { } error)
            {
                return error;
            }
            if (!_services.TryGetValue(request.ServiceId!, out var service)
                || (service.TenantId != caller.TenantId && service.Version.Lifecycle != ServiceLifecycle.Published))
            {
                return HubError.NotFound($"Service '{request.ServiceId}' was not found: subscribe to a PUBLISHED service (GET /v2/apis, " +
                    $"its serviceId) or to an ACCESSIBLE service of {caller.DescribeTenant()}.");
            }
            if (service.Version.Lifecycle == ServiceLifecycle.Created)
            {
                return HubError.Conflict($"Service '{service.Id}' is CREATED; publish it (publish-internal for ACCESSIBLE, or publish) " +
                    "before subscribing to it.");
            }
            if (_subscriptions.Values.FirstOrDefault(s => s.ApplicationId == application.Value!.Id && s.ServiceId == service.Id) is { } existing)
            {
                return HubError.Conflict($"Application '{application.Value!.Id}' is already subscribed to service '{service.Id}' " +
                    $"(subscription '{existing.Id}').");
            }
            var subscription = new SubscriptionRecord
            {
                Id = _sequence.NextId(),
                ApplicationId = application.Value!.Id,
                ServiceId = service.Id,
                CreatedAt = Tick(),
                LogsAvailable = true,
            };
            _subscriptions.Add(subscription.Id, subscription);
            return SubscriptionDto(subscription, caller);
        }
    }

    public Outcome<Subscription> GetSubscription(Caller caller, string subscriptionId)
    {
        lock (_gate)
        {
            var found = FindSubscription(caller, subscriptionId);
            return found.Error ?? (Outcome<Subscription>)SubscriptionDto(found.Value!, caller);
        }
    }

    public HubError? DeleteSubscription(Caller caller, string subscriptionId)
    {
        lock (_gate)
        {
            var found = FindSubscription(caller, subscriptionId);
            if (found.Error is { } error)
            {
                return error;
            }
            _subscriptions.Remove(subscriptionId);
            Tick();
            return null;
        }
    }

    public Outcome<IReadOnlyList<ServiceExecution>> ListServiceExecutions(Caller caller, string subscriptionId)
    {
        lock (_gate)
        {
            var found = FindSubscription(caller, subscriptionId);
            if (found.Error is { } error)
            {
                return error;
            }
            return InCreationOrder(found.Value!.Executions, e => e.CreatedAt, e => e.Id)
                .Select(e => new ServiceExecution { Id = e.Id, Status = e.Status, CreatedAt = e.CreatedAt, StartedAt = e.StartedAt, EndedAt = e.EndedAt })
                .ToList();
        }
    }

    /// <summary>A subscription belongs to the account of its application.</summary>
    private Outcome<SubscriptionRecord> FindSubscription(Caller caller, string subscriptionId) =>
        _subscriptions.TryGetValue(subscriptionId, out var subscription) && CanSee(caller, _applications[subscription.ApplicationId].TenantId)
            ? subscription
            : HubError.NotFound($"Subscription '{subscriptionId}' was not found in {caller.DescribeTenant()}. " +
                "GET /v2/applications/{id}/subscriptions lists the subscriptions of an application.");

    private Subscription SubscriptionDto(SubscriptionRecord subscription, Caller caller)
    {
        var service = _services[subscription.ServiceId];
        return new Subscription
        {
            Id = subscription.Id,
            Application = ApplicationDto(_applications[subscription.ApplicationId], caller),
            Api = ApiDto(service),
            PricingPlan = service.Version.PricingPlans.FirstOrDefault(),
            LogsAvailable = subscription.LogsAvailable,
        };
    }
}
