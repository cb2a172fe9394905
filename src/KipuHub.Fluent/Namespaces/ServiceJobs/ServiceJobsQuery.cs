using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>service_jobs</c> namespace: a paged query over the tenant's jobs, filterable by status, and the commands on
/// them. A job runs one of the tenant's own service versions, without a subscription.
/// </summary>
public sealed class ServiceJobsQuery : HubPagedQuery<ServiceJobsQuery, JobOverview>
{
    internal ServiceJobsQuery(QueryState state)
        : base(state, HubCatalog.ServiceJobsList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsList))]
    public Task<Page<JobOverview>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(ServiceJobsJsonContext.Default.PageEnvelopeJobOverview, cancellationToken);

    /// <summary>Reads every matching job, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsList))]
    public IAsyncEnumerable<JobOverview> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(ServiceJobsJsonContext.Default.PageEnvelopeJobOverview, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsList))]
    public IAsyncEnumerable<Page<JobOverview>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(ServiceJobsJsonContext.Default.PageEnvelopeJobOverview, cancellationToken);

    /// <summary>A command that gets a job.</summary>
    /// <param name="jobId">The job's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsGet))]
    public HubCommand<Job> Get(string jobId) => Json(Call(HubCatalog.ServiceJobsGet, jobId), ServiceJobsJsonContext.Default.Job);

    /// <summary>Gets a job.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsGet))]
    public Task<Job> GetAsync(string jobId, CancellationToken cancellationToken = default) => Get(jobId).SendAsync(cancellationToken);

    /// <summary>A command that starts a job: runs one of the tenant's own service versions on the given input.</summary>
    /// <param name="request">The service version, and optionally the input and parameters as JSON text.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsCreate))]
    public HubCommand<Job> Create(CreateJobRequest request) =>
        Json(Call(HubCatalog.ServiceJobsCreate), request, ServiceJobsJsonContext.Default.CreateJobRequest, ServiceJobsJsonContext.Default.Job);

    /// <summary>Starts a job: runs one of the tenant's own service versions on the given input.</summary>
    /// <param name="request">The service version, and optionally the input and parameters as JSON text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsCreate))]
    public Task<Job> CreateAsync(CreateJobRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that deletes a finished job.</summary>
    /// <param name="jobId">The job's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsDelete))]
    public HubCommand Delete(string jobId) => Empty(Call(HubCatalog.ServiceJobsDelete, jobId));

    /// <summary>Deletes a finished job.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsDelete))]
    public Task DeleteAsync(string jobId, CancellationToken cancellationToken = default) => Delete(jobId).SendAsync(cancellationToken);

    /// <summary>A command that cancels a pending or running job.</summary>
    /// <param name="jobId">The job's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsCancel))]
    public HubCommand<Job> Cancel(string jobId) => Json(Call(HubCatalog.ServiceJobsCancel, jobId), ServiceJobsJsonContext.Default.Job);

    /// <summary>Cancels a pending or running job.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsCancel))]
    public Task<Job> CancelAsync(string jobId, CancellationToken cancellationToken = default) => Cancel(jobId).SendAsync(cancellationToken);

    /// <summary>A command that gets the log of a job as text.</summary>
    /// <param name="jobId">The job's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsLogs))]
    public HubCommand<string> GetLogs(string jobId) => Text(Call(HubCatalog.ServiceJobsLogs, jobId));

    /// <summary>Gets the log of a job as text.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsLogs))]
    public Task<string> GetLogsAsync(string jobId, CancellationToken cancellationToken = default) => GetLogs(jobId).SendAsync(cancellationToken);

    /// <summary>A command that gets the estimated costs of a finished job.</summary>
    /// <param name="jobId">The job's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsCosts))]
    public HubCommand<IReadOnlyList<ProductUsage>> GetCosts(string jobId) =>
        Json(Call(HubCatalog.ServiceJobsCosts, jobId), ServiceJobsJsonContext.Default.IReadOnlyListProductUsage);

    /// <summary>Gets the estimated costs of a finished job.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceJobsCosts))]
    public Task<IReadOnlyList<ProductUsage>> GetCostsAsync(string jobId, CancellationToken cancellationToken = default) =>
        GetCosts(jobId).SendAsync(cancellationToken);

    private protected override ServiceJobsQuery With(QueryState state) => new(state);
}
