using KipuHub.Http;
using KipuHub.Queries;

namespace KipuHub;

/// <summary>
/// The entry point to the Kipu Quantum Hub Platform API. Thread-safe and meant to be long-lived; every namespace
/// property returns an immutable query that can be refined, kept and reused.
/// </summary>
/// <example>
/// <code>
/// using var hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = token });
/// var page = await hub.Services.InOrg(orgId)
///     .Where(s => s.Lifecycle == ServiceLifecycle.Published)
///     .Page(0, 20)
///     .ListAsync(ct);
/// </code>
/// </example>
public sealed partial class HubPlatformClient : IDisposable
{
    private readonly HubConnection _connection;
    private readonly QueryState _root;

    /// <summary>Creates a client.</summary>
    /// <param name="options">The settings; empty ones are read from the <c>KQH_*</c> environment variables.</param>
    /// <exception cref="ArgumentException">The API key is missing or blank, or another setting is out of range.</exception>
    public HubPlatformClient(HubPlatformClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = new HubConnection(options);
        _root = new QueryState(_connection);
    }

    /// <summary>Creates a client with a personal access token and every other setting at its default.</summary>
    /// <param name="apiKey">The personal access token.</param>
    public HubPlatformClient(string apiKey)
        : this(new HubPlatformClientOptions { ApiKey = apiKey })
    {
    }

    /// <summary>The base URL every path is relative to.</summary>
    public Uri BaseUrl => _connection.BaseUrl;

    /// <summary>The organization calls act in unless a query says otherwise; <see langword="null"/> for the personal account.</summary>
    public string? OrganizationId => _connection.DefaultOrganizationId;

    /// <summary>The tenant's services: a paged query (<c>GET /services</c>), versions and lifecycle commands.</summary>
    public ServicesQuery Services => new(_root);

    /// <summary>Every publicly published service (<c>GET /v2/apis</c>).</summary>
    public MarketplaceQuery Marketplace => new(_root);

    /// <summary>The tenant's applications (<c>/v2/applications</c>).</summary>
    public ApplicationsQuery Applications => new(_root);

    /// <summary>Subscriptions of applications to services (<c>/subscriptions</c>).</summary>
    public SubscriptionsQuery Subscriptions => new(_root);

    /// <summary>The tenant's data pools and their files (<c>/datapools</c>).</summary>
    public DataPoolsQuery DataPools => new(_root);

    /// <summary>The tenant's use cases: a paged query (<c>GET /use-cases</c>), searchable by title, and their commands.</summary>
    public UseCasesQuery UseCases => new(_root);

    /// <summary>The algorithms the tenant can see: a paged query (<c>GET /algorithms</c>), searchable by name, their commands, sketches, relations and members.</summary>
    public AlgorithmsQuery Algorithms => new(_root);

    /// <summary>Implementations of the algorithms the tenant can see: a paged query (<c>GET /implementations</c>), and those of one algorithm with their files.</summary>
    public ImplementationsQuery Implementations => new(_root);

    /// <summary>Services whose code the platform builds and runs (<c>/v2/managed-services</c>): create, price, see their executions.</summary>
    public ManagedServicesQuery ManagedServices => new(_root);

    /// <summary>APIs hosted elsewhere that the gateway publishes (<c>/v2/external-services</c>): create, price and meter them.</summary>
    public ExternalServicesQuery ExternalServices => new(_root);

    /// <summary>Services that run a BPMN 2.0 workflow (<c>/workflow-services</c>): create them, read and replace their model.</summary>
    public WorkflowServicesQuery WorkflowServices => new(_root);

    /// <summary>Runs of the tenant's own service versions: a paged query (<c>GET /service-jobs</c>), filterable by status, and their commands.</summary>
    public ServiceJobsQuery ServiceJobs => new(_root);

    /// <summary>The tenant's GitHub and GitLab integrations and the repositories they can import (<c>/git-integrations</c>).</summary>
    public GitIntegrationsQuery GitIntegrations => new(_root);

    /// <summary>The tenant's service executions: a paged query (<c>GET /service-executions</c>) by status and service, their input, result, logs and metrics, and cancel.</summary>
    public ServiceExecutionsQuery ServiceExecutions => new(_root);

    /// <summary>The shares of the tenant's services (<c>/services/{id}/shares</c>): who else sees a service, and with which role.</summary>
    public ServiceSharesOperations ServiceShares => new(_root);

    /// <summary>The shares of the tenant's data pools (<c>/datapools/{id}/shares</c>): who else sees a pool and its files, and with which role.</summary>
    public DataPoolSharesOperations DataPoolShares => new(_root);

    /// <summary>The grants of the tenant's data pools (<c>/datapools/{id}/grants</c>): short-lived tokens a service execution uses to read or write a pool's files.</summary>
    public DataPoolGrantsOperations DataPoolGrants => new(_root);

    /// <summary>The principal the token belongs to (<c>POST /authorize</c>), and the tenant's gateway credentials.</summary>
    public AuthenticationQuery Authentication => new(_root);

    /// <summary>The organizations the caller is a member of (<c>/organizations</c>): create, update and delete them, their members, invitations and provider tokens.</summary>
    public OrganizationsQuery Organizations => new(_root);

    /// <summary>The accounts the caller can act as (<c>GET /my/accounts</c>), the caller's invitations and personal provider tokens (<c>/users/me</c>).</summary>
    public UsersOperations Users => new(_root);

    /// <summary>The tenant's money (<c>/billing/...</c>, <c>/dashboard/costs</c>, <c>/dashboard/revenue</c>): balance, credits, budgets, usage history and cost reports.</summary>
    public BillingQuery Billing => new(_root);

    /// <summary>The quantum workloads of every account of the caller (<c>/quantum-workloads</c>); costs only where the caller is OWNER.</summary>
    public QuantumWorkloadsQuery QuantumWorkloads => new(_root);

    /// <summary>Which features the tenant may use (<c>/eligibility</c>), by its account type and balance.</summary>
    public EligibilityQuery Eligibility => new(_root);

    /// <summary>The caller's own notifications: a paged query (<c>GET /notifications</c>), filterable by read state, and the commands that mark them read or delete them.</summary>
    public UserNotificationsQuery UserNotifications => new(_root);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    /// <inheritdoc />
    public override string ToString() => $"HubPlatformClient {{ BaseUrl = {BaseUrl}, OrganizationId = {OrganizationId ?? "(personal account)"} }}";
}
