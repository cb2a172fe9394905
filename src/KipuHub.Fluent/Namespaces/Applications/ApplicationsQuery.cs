using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>applications</c> namespace: the tenant's applications (a plain list) and the commands on them.</summary>
public sealed class ApplicationsQuery : HubCollectionQuery<ApplicationsQuery, Application>
{
    internal ApplicationsQuery(QueryState state)
        : base(state, HubCatalog.ApplicationsList, [])
    {
    }

    /// <summary>Sends the list request. The endpoint returns every application at once.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsList))]
    public Task<IReadOnlyList<Application>> ListAsync(CancellationToken cancellationToken = default) =>
        State.Connection.SendJsonAsync(ListCall(), ApplicationsJsonContext.Default.IReadOnlyListApplication, cancellationToken);

    /// <summary>A command that creates an application.</summary>
    /// <param name="request">The application's name.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsCreate))]
    public HubCommand<Application> Create(CreateApplicationRequest request) =>
        Json(Call(HubCatalog.ApplicationsCreate), request, ApplicationsJsonContext.Default.CreateApplicationRequest, ApplicationsJsonContext.Default.Application);

    /// <summary>Creates an application.</summary>
    /// <param name="request">The application's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsCreate))]
    public Task<Application> CreateAsync(CreateApplicationRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that gets an application.</summary>
    /// <param name="applicationId">The application's id.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsGet))]
    public HubCommand<Application> Get(string applicationId) => Json(Call(HubCatalog.ApplicationsGet, applicationId), ApplicationsJsonContext.Default.Application);

    /// <summary>Gets an application.</summary>
    /// <param name="applicationId">The application's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsGet))]
    public Task<Application> GetAsync(string applicationId, CancellationToken cancellationToken = default) => Get(applicationId).SendAsync(cancellationToken);

    /// <summary>A command that deletes an application and its subscriptions.</summary>
    /// <param name="applicationId">The application's id.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsDelete))]
    public HubCommand Delete(string applicationId) => Empty(Call(HubCatalog.ApplicationsDelete, applicationId));

    /// <summary>Deletes an application and its subscriptions.</summary>
    /// <param name="applicationId">The application's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsDelete))]
    public Task DeleteAsync(string applicationId, CancellationToken cancellationToken = default) => Delete(applicationId).SendAsync(cancellationToken);

    /// <summary>A command that issues an access token for calling the application's subscribed services.</summary>
    /// <param name="applicationId">The application's id.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsAccessToken))]
    public HubCommand<AccessToken> CreateAccessToken(string applicationId) =>
        Json(Call(HubCatalog.ApplicationsAccessToken, applicationId), ApplicationsJsonContext.Default.AccessToken);

    /// <summary>Issues an access token for calling the application's subscribed services.</summary>
    /// <param name="applicationId">The application's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsAccessToken))]
    public Task<AccessToken> CreateAccessTokenAsync(string applicationId, CancellationToken cancellationToken = default) =>
        CreateAccessToken(applicationId).SendAsync(cancellationToken);

    /// <summary>The subscriptions of an application.</summary>
    /// <param name="applicationId">The application's id.</param>
    [HubOperation(nameof(HubCatalog.ApplicationsSubscriptions))]
    public HubArrayQuery<Subscription> Subscriptions(string applicationId) =>
        new(State.ScopeOnly(), HubCatalog.ApplicationsSubscriptions, [applicationId], ApplicationsJsonContext.Default.IReadOnlyListSubscription);

    private protected override ApplicationsQuery With(QueryState state) => new(state);
}
