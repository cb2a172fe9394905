using KipuHub.FakeServer.Namespaces.Subscriptions;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Applications;

/// <summary>The applications rules: a name of 1 to 255 characters; deleting an application cancels its subscriptions.</summary>
internal static class ApplicationsDomain
{
    /// <summary>How long an application access token is valid.</summary>
    private static readonly TimeSpan s_accessTokenLifetime = TimeSpan.FromDays(30);

    public static IReadOnlyList<Application> List(FakeHubStore store, Caller caller) =>
        store.ListOwned(ApplicationsModule.Applications, caller, a => Dto(store, a, caller));

    public static Result<Application> Create(FakeHubStore store, Caller caller, CreateApplicationRequest request)
    {
        if (Validation.Name(request.Name, "application") is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var application = new ApplicationRecord
        {
            Id = store.NextId(),
            TenantId = caller.TenantId,
            Name = request.Name!,
            CreatedAt = store.Tick(),
        };
        store.Table(ApplicationsModule.Applications).Add(application);
        return write.Commit<Application>(Dto(store, application, caller));
    }

    public static Result<Application> Get(FakeHubStore store, Caller caller, string applicationId) =>
        store.GetOwned(ApplicationsModule.Applications, caller, applicationId, a => Dto(store, a, caller));

    /// <summary>Deletes the application; its subscriptions point at it and go with it.</summary>
    public static Failure? Delete(FakeHubStore store, Caller caller, string applicationId) =>
        store.DeleteOwned(ApplicationsModule.Applications, caller, applicationId);

    public static Result<AccessToken> IssueAccessToken(FakeHubStore store, Caller caller, string applicationId)
    {
        using var write = store.Writing();
        var applications = store.Table(ApplicationsModule.Applications);
        var found = applications.Find(caller, applicationId);
        if (found.Failure is { } failure)
        {
            return write.Commit<AccessToken>(failure);
        }
        var application = found.Value!;
        var secret = store.NextSecret();
        var createdAt = store.Tick();
        var token = new AccessToken
        {
            Id = store.NextId(),
            Name = $"{application.Name} access token",
            Scopes = [AccessTokenScope.Api],
            CreatedAt = createdAt,
            ExpiresAt = createdAt + s_accessTokenLifetime,
            Value = secret,
            Token = secret,
        };
        applications.Replace(application with { IssuedTokens = [.. application.IssuedTokens, token] });
        return write.Commit<AccessToken>(token);
    }

    public static Result<IReadOnlyList<Subscription>> ListSubscriptions(FakeHubStore store, Caller caller, string applicationId)
    {
        using var read = store.Reading();
        if (store.Table(ApplicationsModule.Applications).Find(caller, applicationId).Failure is { } failure)
        {
            return failure;
        }
        return SubscriptionsDomain.Dtos(store, caller, s => s.ApplicationId == applicationId);
    }

    /// <summary>An application as the API shows it. Callers hold the lock.</summary>
    internal static Application Dto(FakeHubStore store, ApplicationRecord application, Caller caller) => new()
    {
        Id = application.Id,
        Name = application.Name,
        // Counted, not stored, so it can never drift from the subscriptions that exist.
        SubscriptionCount = store.Table(SubscriptionsModule.Subscriptions).Rows.Count(s => s.ApplicationId == application.Id),
        CreatedAt = application.CreatedAt,
        CurrentUserPermission = application.TenantId == caller.TenantId ? caller.Role : null,
    };
}
