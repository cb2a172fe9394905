using KipuHub.Models;

namespace KipuHub.Contract;

// The service_jobs namespace: runs of the tenant's own service versions, without a subscription. Today's prefix is
// /service-jobs; the operations and DTOs are those of the 2024 /jobs, which stay as aliases for 2024 clients.
public static partial class HubCatalog
{
    /// <summary>Lists the jobs of the tenant, a page at a time.</summary>
    [HubEndpoint("service_jobs", "GET", "/service-jobs", Shape = HubResultShape.Page, Result = typeof(JobOverview),
        Evidence = HubEvidence.Modelled, Summary = "Lists the jobs of the tenant, a page at a time.")]
    [HubFilter(nameof(JobOverview.Status), "status")]
    [HubSort(nameof(JobOverview.CreatedAt), "createdAt")]
    public static HubEndpoint ServiceJobsList => Entry();

    /// <summary>Runs one of the tenant's own service versions as a job.</summary>
    [HubEndpoint("service_jobs", "POST", "/service-jobs", Result = typeof(Job), Request = typeof(CreateJobRequest),
        Evidence = HubEvidence.Current, Summary = "Runs one of the tenant's own service versions as a job.")]
    public static HubEndpoint ServiceJobsCreate => Entry();

    /// <summary>Gets a job with its input and, once it succeeded, its result.</summary>
    [HubEndpoint("service_jobs", "GET", "/service-jobs/{id}", Result = typeof(Job), Evidence = HubEvidence.Current,
        Summary = "Gets a job with its input and, once it succeeded, its result.")]
    public static HubEndpoint ServiceJobsGet => Entry();

    /// <summary>Deletes a finished job.</summary>
    [HubEndpoint("service_jobs", "DELETE", "/service-jobs/{id}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Current,
        Summary = "Deletes a finished job.")]
    public static HubEndpoint ServiceJobsDelete => Entry();

    /// <summary>Cancels a pending or running job.</summary>
    [HubEndpoint("service_jobs", "PUT", "/service-jobs/{id}/cancel", Result = typeof(Job), Evidence = HubEvidence.Current,
        Summary = "Cancels a pending or running job.")]
    public static HubEndpoint ServiceJobsCancel => Entry();

    /// <summary>Gets the log of a job as text.</summary>
    [HubEndpoint("service_jobs", "GET", "/service-jobs/{id}/logs", Shape = HubResultShape.Text, Evidence = HubEvidence.Current,
        Summary = "Gets the log of a job as text.")]
    public static HubEndpoint ServiceJobsLogs => Entry();

    /// <summary>Gets the estimated costs of a finished job.</summary>
    [HubEndpoint("service_jobs", "GET", "/service-jobs/{id}/costs", Shape = HubResultShape.Array, Result = typeof(ProductUsage),
        Evidence = HubEvidence.Current, Summary = "Gets the estimated costs of a finished job.", ConflictsWhen = JobNotFinished)]
    public static HubEndpoint ServiceJobsCosts => Entry();

    // The 2024 paths: the same operations, for clients generated from the 2024 document. The list is a plain array there.

    /// <summary>The 2024 form of <see cref="ServiceJobsList"/>: every job of the tenant as a plain array.</summary>
    [HubEndpoint("service_jobs", "GET", "/jobs", Shape = HubResultShape.Array, Result = typeof(JobOverview), AliasOf = nameof(ServiceJobsList),
        Summary = "Lists the jobs of the tenant (2024 path, a plain array).")]
    public static HubEndpoint ServiceJobsList2024 => Entry();

    /// <summary>The 2024 form of <see cref="ServiceJobsCreate"/>.</summary>
    [HubEndpoint("service_jobs", "POST", "/jobs", Result = typeof(Job), Request = typeof(CreateJobRequest), AliasOf = nameof(ServiceJobsCreate),
        Summary = "Runs one of the tenant's own service versions as a job (2024 path).")]
    public static HubEndpoint ServiceJobsCreate2024 => Entry();

    /// <summary>The 2024 form of <see cref="ServiceJobsGet"/>.</summary>
    [HubEndpoint("service_jobs", "GET", "/jobs/{id}", Result = typeof(Job), AliasOf = nameof(ServiceJobsGet),
        Summary = "Gets a job (2024 path).")]
    public static HubEndpoint ServiceJobsGet2024 => Entry();

    /// <summary>The 2024 form of <see cref="ServiceJobsDelete"/>.</summary>
    [HubEndpoint("service_jobs", "DELETE", "/jobs/{id}", Shape = HubResultShape.Empty, AliasOf = nameof(ServiceJobsDelete),
        Summary = "Deletes a finished job (2024 path).")]
    public static HubEndpoint ServiceJobsDelete2024 => Entry();

    /// <summary>The 2024 form of <see cref="ServiceJobsCancel"/>.</summary>
    [HubEndpoint("service_jobs", "PUT", "/jobs/{id}/cancel", Result = typeof(Job), AliasOf = nameof(ServiceJobsCancel),
        Summary = "Cancels a pending or running job (2024 path).")]
    public static HubEndpoint ServiceJobsCancel2024 => Entry();

    /// <summary>The 2024 form of <see cref="ServiceJobsLogs"/>.</summary>
    [HubEndpoint("service_jobs", "GET", "/jobs/{id}/logs", Shape = HubResultShape.Text, AliasOf = nameof(ServiceJobsLogs),
        Summary = "Gets the log of a job as text (2024 path).")]
    public static HubEndpoint ServiceJobsLogs2024 => Entry();

    /// <summary>The 2024 form of <see cref="ServiceJobsCosts"/>.</summary>
    [HubEndpoint("service_jobs", "GET", "/jobs/{id}/costs", Shape = HubResultShape.Array, Result = typeof(ProductUsage), AliasOf = nameof(ServiceJobsCosts),
        Summary = "Gets the estimated costs of a finished job (2024 path).", ConflictsWhen = JobNotFinished)]
    public static HubEndpoint ServiceJobsCosts2024 => Entry();

    private const string JobNotFinished = "the job has not finished";
}
