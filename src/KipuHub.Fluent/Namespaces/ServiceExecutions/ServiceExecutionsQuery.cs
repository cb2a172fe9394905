using System.Text.Json;
using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>service_executions</c> namespace: a paged query over the tenant's service executions, filterable by status
/// and service, and the reads and the cancel on one of them.
/// </summary>
public sealed class ServiceExecutionsQuery : HubPagedQuery<ServiceExecutionsQuery, ServiceExecution>
{
    internal ServiceExecutionsQuery(QueryState state)
        : base(state, HubCatalog.ServiceExecutionsList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsList))]
    public Task<Page<ServiceExecution>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(ServiceExecutionsJsonContext.Default.PageEnvelopeServiceExecution, cancellationToken);

    /// <summary>Reads every matching execution, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsList))]
    public IAsyncEnumerable<ServiceExecution> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(ServiceExecutionsJsonContext.Default.PageEnvelopeServiceExecution, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsList))]
    public IAsyncEnumerable<Page<ServiceExecution>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(ServiceExecutionsJsonContext.Default.PageEnvelopeServiceExecution, cancellationToken);

    /// <summary>A command that gets a service execution.</summary>
    /// <param name="executionId">The execution's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsGet))]
    public HubCommand<ServiceExecution> Get(string executionId) =>
        Json(Call(HubCatalog.ServiceExecutionsGet, executionId), ServiceExecutionsJsonContext.Default.ServiceExecution);

    /// <summary>Gets a service execution, with its status as of now.</summary>
    /// <param name="executionId">The execution's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsGet))]
    public Task<ServiceExecution> GetAsync(string executionId, CancellationToken cancellationToken = default) =>
        Get(executionId).SendAsync(cancellationToken);

    /// <summary>A command that gets the JSON input the execution was started with.</summary>
    /// <param name="executionId">The execution's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsInput))]
    public HubCommand<JsonElement> GetInput(string executionId) =>
        Json(Call(HubCatalog.ServiceExecutionsInput, executionId), ServiceExecutionsJsonContext.Default.JsonElement);

    /// <summary>Gets the JSON input the execution was started with.</summary>
    /// <param name="executionId">The execution's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsInput))]
    public Task<JsonElement> GetInputAsync(string executionId, CancellationToken cancellationToken = default) =>
        GetInput(executionId).SendAsync(cancellationToken);

    /// <summary>A command that gets the JSON result of an execution that SUCCEEDED.</summary>
    /// <param name="executionId">The execution's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsResult))]
    public HubCommand<JsonElement> GetResult(string executionId) =>
        Json(Call(HubCatalog.ServiceExecutionsResult, executionId), ServiceExecutionsJsonContext.Default.JsonElement);

    /// <summary>Gets the JSON result of an execution that SUCCEEDED; any other status is a conflict (409) naming it.</summary>
    /// <param name="executionId">The execution's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsResult))]
    public Task<JsonElement> GetResultAsync(string executionId, CancellationToken cancellationToken = default) =>
        GetResult(executionId).SendAsync(cancellationToken);

    /// <summary>A command that gets the execution's log as text.</summary>
    /// <param name="executionId">The execution's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsLogs))]
    public HubCommand<string> GetLogs(string executionId) => Text(Call(HubCatalog.ServiceExecutionsLogs, executionId));

    /// <summary>Gets the execution's log as text, one timestamped line per event so far.</summary>
    /// <param name="executionId">The execution's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsLogs))]
    public Task<string> GetLogsAsync(string executionId, CancellationToken cancellationToken = default) =>
        GetLogs(executionId).SendAsync(cancellationToken);

    /// <summary>A command that gets what the execution used.</summary>
    /// <param name="executionId">The execution's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsMetrics))]
    public HubCommand<ExecutionMetrics> GetMetrics(string executionId) =>
        Json(Call(HubCatalog.ServiceExecutionsMetrics, executionId), ServiceExecutionsJsonContext.Default.ExecutionMetrics);

    /// <summary>Gets what the execution used: so far, while it runs.</summary>
    /// <param name="executionId">The execution's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsMetrics))]
    public Task<ExecutionMetrics> GetMetricsAsync(string executionId, CancellationToken cancellationToken = default) =>
        GetMetrics(executionId).SendAsync(cancellationToken);

    /// <summary>A command that cancels a PENDING or RUNNING execution.</summary>
    /// <param name="executionId">The execution's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsCancel))]
    public HubCommand<ServiceExecution> Cancel(string executionId) =>
        Json(Call(HubCatalog.ServiceExecutionsCancel, executionId), ServiceExecutionsJsonContext.Default.ServiceExecution);

    /// <summary>Cancels a PENDING or RUNNING execution and answers it CANCELLED; one that has ended is a conflict (409).</summary>
    /// <param name="executionId">The execution's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceExecutionsCancel))]
    public Task<ServiceExecution> CancelAsync(string executionId, CancellationToken cancellationToken = default) =>
        Cancel(executionId).SendAsync(cancellationToken);

    private protected override ServiceExecutionsQuery With(QueryState state) => new(state);
}
