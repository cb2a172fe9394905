using KipuHub.Models;

namespace KipuHub.Contract;

// The data_pools namespace: named sets of files, listed as plain arrays.
public static partial class HubCatalog
{
    /// <summary>Lists the data pools of the tenant and those shared with it (with the share's role in <c>currentUserPermission</c>).</summary>
    [HubEndpoint("data_pools", "GET", "/datapools", Shape = HubResultShape.Array, Result = typeof(DataPool),
        Evidence = HubEvidence.Current, Summary = "Lists the data pools of the tenant and those shared with it, each with the caller's permission.")]
    [HubFilter(nameof(DataPool.Name), "search", HubFilterKind.Contains)]
    public static HubEndpoint DataPoolsList => Entry();

    /// <summary>Creates a data pool.</summary>
    [HubEndpoint("data_pools", "POST", "/datapools", Result = typeof(DataPool), Request = typeof(CreateDataPoolRequest),
        Evidence = HubEvidence.Current, Summary = "Creates a data pool.")]
    public static HubEndpoint DataPoolsCreate => Entry();

    /// <summary>Gets a data pool.</summary>
    [HubEndpoint("data_pools", "GET", "/datapools/{id}", Result = typeof(DataPool), Evidence = HubEvidence.Current,
        Summary = "Gets a data pool.")]
    public static HubEndpoint DataPoolsGet => Entry();

    /// <summary>Updates a data pool's name and descriptions.</summary>
    [HubEndpoint("data_pools", "PUT", "/datapools/{id}", Result = typeof(DataPool), Request = typeof(UpdateDataPoolRequest),
        Evidence = HubEvidence.Current, Summary = "Updates a data pool's name and descriptions.")]
    public static HubEndpoint DataPoolsUpdate => Entry();

    /// <summary>Deletes a data pool and its files.</summary>
    [HubEndpoint("data_pools", "DELETE", "/datapools/{id}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Current,
        Summary = "Deletes a data pool and its files.")]
    public static HubEndpoint DataPoolsDelete => Entry();

    /// <summary>Lists the files of a data pool.</summary>
    [HubEndpoint("data_pools", "GET", "/datapools/{id}/files", Shape = HubResultShape.Array, Result = typeof(DataPoolFile),
        Evidence = HubEvidence.Current, Summary = "Lists the files of a data pool.")]
    public static HubEndpoint DataPoolFilesList => Entry();

    /// <summary>Uploads a file into a data pool.</summary>
    [HubEndpoint("data_pools", "POST", "/datapools/{id}/files", Result = typeof(DataPoolFile), Body = HubBodyKind.Multipart,
        Evidence = HubEvidence.Current, Summary = "Uploads a file into a data pool.")]
    [HubQueryParameter("filename")]
    public static HubEndpoint DataPoolFilesUpload => Entry();

    /// <summary>Downloads a file's bytes.</summary>
    [HubEndpoint("data_pools", "GET", "/datapools/{id}/files/{fileId}", Shape = HubResultShape.Binary,
        Evidence = HubEvidence.Current, Summary = "Downloads a file's bytes.")]
    public static HubEndpoint DataPoolFilesDownload => Entry();

    /// <summary>Deletes a file from a data pool.</summary>
    [HubEndpoint("data_pools", "DELETE", "/datapools/{id}/files/{fileId}", Shape = HubResultShape.Empty,
        Evidence = HubEvidence.Current, Summary = "Deletes a file from a data pool.")]
    public static HubEndpoint DataPoolFilesDelete => Entry();
}
