using System.Text.Json;
using KipuHub.Models;

namespace KipuHub.Contract;

// The service_executions namespace: every execution of a service in the tenant, whether run directly or through a
// subscription, with what it was started with, what it gave back, its log and what it used.
public static partial class HubCatalog
{
    /// <summary>Lists the service executions of the tenant, a page at a time.</summary>
    [HubEndpoint("service_executions", "GET", "/service-executions", Shape = HubResultShape.Page, Result = typeof(ServiceExecution),
        Evidence = HubEvidence.Modelled, Summary = "Lists the service executions of the tenant, a page at a time.")]
    [HubFilter(nameof(ServiceExecution.Status), "status")]
    [HubFilter(nameof(ServiceExecution.ServiceId), "serviceId")]
    [HubSort(nameof(ServiceExecution.CreatedAt), "createdAt")]
    public static HubEndpoint ServiceExecutionsList => Entry();

    /// <summary>Gets a service execution.</summary>
    [HubEndpoint("service_executions", "GET", "/service-executions/{id}", Result = typeof(ServiceExecution), Evidence = HubEvidence.Modelled,
        Summary = "Gets a service execution.")]
    public static HubEndpoint ServiceExecutionsGet => Entry();

    /// <summary>Gets the JSON input a service execution was started with.</summary>
    [HubEndpoint("service_executions", "GET", "/service-executions/{id}/input", Result = typeof(JsonElement), Evidence = HubEvidence.Modelled,
        Summary = "Gets the JSON input a service execution was started with.")]
    public static HubEndpoint ServiceExecutionsInput => Entry();

    /// <summary>Gets the JSON result of a service execution that SUCCEEDED.</summary>
    [HubEndpoint("service_executions", "GET", "/service-executions/{id}/result", Result = typeof(JsonElement), Evidence = HubEvidence.Modelled,
        Summary = "Gets the JSON result of a service execution that SUCCEEDED.", ConflictsWhen = "the execution has not SUCCEEDED")]
    public static HubEndpoint ServiceExecutionsResult => Entry();

    /// <summary>Gets the log of a service execution as text.</summary>
    [HubEndpoint("service_executions", "GET", "/service-executions/{id}/logs", Shape = HubResultShape.Text, Evidence = HubEvidence.Modelled,
        Summary = "Gets the log of a service execution as text.")]
    public static HubEndpoint ServiceExecutionsLogs => Entry();

    /// <summary>Gets what a service execution used: time, CPU, memory and quantum jobs.</summary>
    [HubEndpoint("service_executions", "GET", "/service-executions/{id}/metrics", Result = typeof(ExecutionMetrics), Evidence = HubEvidence.Modelled,
        Summary = "Gets what a service execution used: time, CPU, memory and quantum jobs.")]
    public static HubEndpoint ServiceExecutionsMetrics => Entry();

    /// <summary>Cancels a PENDING or RUNNING service execution.</summary>
    [HubEndpoint("service_executions", "PUT", "/service-executions/{id}/cancel", Result = typeof(ServiceExecution), Evidence = HubEvidence.Modelled,
        Summary = "Cancels a PENDING or RUNNING service execution.")]
    public static HubEndpoint ServiceExecutionsCancel => Entry();
}
