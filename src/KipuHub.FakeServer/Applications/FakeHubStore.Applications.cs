using KipuHub.FakeServer.Pipeline;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

internal sealed partial class FakeHubStore
{
    /// <summary>How long an application access token is valid.</summary>
    private static readonly TimeSpan s_accessTokenLifetime = TimeSpan.FromDays(30);

    public IReadOnlyList<Application> ListApplications(Caller caller)
    {
        lock (_gate)
        {
            return [.. InCreationOrder(_applications.Values.Where(a => CanSee(caller, a.TenantId)), a => a.CreatedAt, a => a.Id)
                .Select(a => ApplicationDto(a, caller))];
        }
    }

    public Outcome<Application> CreateApplication(Caller caller, CreateApplicationRequest request)
    {
        lock (_gate)
        {
            if (NameProblem(request.Name, "application") is { } problem)
            {
                return problem;
            }
            var application = new ApplicationRecord
            {
                Id = _sequence.NextId(),
                TenantId = caller.TenantId,
                Name = request.Name!,
                CreatedAt = Tick(),
            };
            _applications.Add(application.Id, application);
            return ApplicationDto(application, caller);
        }
    }

    public Outcome<Application> GetApplication(Caller caller, string applicationId)
    {
        lock (_gate)
        {
            var found = FindApplication(caller, applicationId);
            return found.Error ?? (Outcome<Application>)ApplicationDto(found.Value!, caller);
        }
    }

    /// <summary>Deletes the application and cancels its subscriptions.</summary>
    public HubError? DeleteApplication(Caller caller, string applicationId)
    {
        lock (_gate)
        {
            var found = FindApplication(caller, applicationId);
            if (found.Error is { } error)
            {
                return error;
            }
            foreach (var subscription in _subscriptions.Values.Where(s => s.ApplicationId == applicationId).ToList())
            {
                _subscriptions.Remove(subscription.Id);
            }
            _applications.Remove(applicationId);
            Tick();
            return null;
        }
    }

    public Outcome<AccessToken> IssueAccessToken(Caller caller, string applicationId)
    {
        lock (_gate)
        {
            var found = FindApplication(caller, applicationId);
            if (found.Error is { } error)
            {
                return error;
            }
            var application = found.Value!;
            var secret = _sequence.NextSecret();
            var createdAt = Tick();
            var token = new AccessToken
            {
                Id = _sequence.NextId(),
                Name = $"{application.Name} access token",
                Scopes = [AccessTokenScope.Api],
                CreatedAt = createdAt,
                ExpiresAt = createdAt + s_accessTokenLifetime,
                Value = secret,
                Token = secret,
            };
            application.IssuedTokens.Add(token);
            return token;
        }
    }

    public Outcome<IReadOnlyList<Subscription>> ListApplicationSubscriptions(Caller caller, string applicationId)
    {
        lock (_gate)
        {
            var found = FindApplication(caller, applicationId);
            if (found.Error is { } error)
            {
                return error;
            }
            return InCreationOrder(_subscriptions.Values.Where(s => s.ApplicationId == applicationId), s => s.CreatedAt, s => s.Id)
                .Select(s => SubscriptionDto(s, caller))
                .ToList();
        }
    }

    private Outcome<ApplicationRecord> FindApplication(Caller caller, string applicationId) =>
        _applications.TryGetValue(applicationId, out var application) && CanSee(caller, application.TenantId)
            ? application
            : HubError.NotFound($"Application '{applicationId}' was not found in {caller.DescribeTenant()}. " +
                "GET /v2/applications lists the applications of the account; X-OrganizationId selects the account.");

    private Application ApplicationDto(ApplicationRecord application, Caller caller) => new()
    {
        Id = application.Id,
        Name = application.Name,
        // Counted, not stored, so it can never drift from the subscriptions that exist.
        SubscriptionCount = _subscriptions.Values.Count(s => s.ApplicationId == application.Id),
        CreatedAt = application.CreatedAt,
        CurrentUserPermission = RoleIn(caller, application.TenantId),
    };
}
