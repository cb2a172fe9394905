using KipuHub.Models;

namespace KipuHub.Contract;

// The implementations namespace: implementations of algorithms and their files, visible and writable as their
// algorithm is (modelled; docs/contract.md#algorithms-and-implementations).
public static partial class HubCatalog
{
    /// <summary>Lists the implementations of every algorithm the tenant can see, a page at a time.</summary>
    [HubEndpoint("implementations", "GET", "/implementations", Shape = HubResultShape.Page, Result = typeof(Implementation),
        Evidence = HubEvidence.Modelled, Summary = "Lists the implementations of every algorithm the tenant can see, a page at a time.")]
    [HubFilter(nameof(Implementation.Name), "search", HubFilterKind.Contains)]
    [HubSort(nameof(Implementation.Name), "name")]
    [HubSort(nameof(Implementation.CreatedAt), "createdAt")]
    public static HubEndpoint ImplementationsListAll => Entry();

    /// <summary>Lists the implementations of an algorithm, a page at a time.</summary>
    [HubEndpoint("implementations", "GET", "/algorithms/{algorithmId}/implementations", Shape = HubResultShape.Page, Result = typeof(Implementation),
        Evidence = HubEvidence.Modelled, Summary = "Lists the implementations of an algorithm, a page at a time.")]
    [HubSort(nameof(Implementation.Name), "name")]
    [HubSort(nameof(Implementation.CreatedAt), "createdAt")]
    public static HubEndpoint ImplementationsList => Entry();

    /// <summary>Gets an implementation of an algorithm.</summary>
    [HubEndpoint("implementations", "GET", "/algorithms/{algorithmId}/implementations/{implementationId}", Result = typeof(Implementation),
        Evidence = HubEvidence.Modelled, Summary = "Gets an implementation of an algorithm.")]
    public static HubEndpoint ImplementationsGet => Entry();

    /// <summary>Creates an implementation of an algorithm.</summary>
    [HubEndpoint("implementations", "POST", "/algorithms/{algorithmId}/implementations", Result = typeof(Implementation),
        Request = typeof(CreateImplementationRequest), Evidence = HubEvidence.Modelled, Summary = "Creates an implementation of an algorithm.")]
    public static HubEndpoint ImplementationsCreate => Entry();

    /// <summary>Updates an implementation's name, technology, version or description.</summary>
    [HubEndpoint("implementations", "PUT", "/algorithms/{algorithmId}/implementations/{implementationId}", Result = typeof(Implementation),
        Request = typeof(UpdateImplementationRequest), Evidence = HubEvidence.Modelled,
        Summary = "Updates an implementation's name, technology, version or description.")]
    public static HubEndpoint ImplementationsUpdate => Entry();

    /// <summary>Deletes an implementation and its files.</summary>
    [HubEndpoint("implementations", "DELETE", "/algorithms/{algorithmId}/implementations/{implementationId}", Shape = HubResultShape.Empty,
        Evidence = HubEvidence.Modelled, Summary = "Deletes an implementation and its files.")]
    public static HubEndpoint ImplementationsDelete => Entry();

    /// <summary>Lists the files of an implementation, a page at a time.</summary>
    [HubEndpoint("implementations", "GET", "/algorithms/{algorithmId}/implementations/{implementationId}/files", Shape = HubResultShape.Page,
        Result = typeof(ImplementationFile), Evidence = HubEvidence.Modelled, Summary = "Lists the files of an implementation, a page at a time.")]
    [HubSort(nameof(ImplementationFile.Name), "name")]
    [HubSort(nameof(ImplementationFile.CreatedAt), "createdAt")]
    public static HubEndpoint ImplementationFilesList => Entry();

    /// <summary>Uploads a file into an implementation (multipart part file); its name is the part's file name.</summary>
    [HubEndpoint("implementations", "POST", "/algorithms/{algorithmId}/implementations/{implementationId}/files", Result = typeof(ImplementationFile),
        Body = HubBodyKind.Multipart, Evidence = HubEvidence.Modelled,
        Summary = "Uploads a file into an implementation (multipart part file); its name is the part's file name.")]
    public static HubEndpoint ImplementationFilesUpload => Entry();

    /// <summary>Downloads a file's bytes.</summary>
    [HubEndpoint("implementations", "GET", "/algorithms/{algorithmId}/implementations/{implementationId}/files/{fileId}/content",
        Shape = HubResultShape.Binary, Evidence = HubEvidence.Modelled, Summary = "Downloads a file's bytes.")]
    public static HubEndpoint ImplementationFilesDownload => Entry();

    /// <summary>Deletes a file of an implementation.</summary>
    [HubEndpoint("implementations", "DELETE", "/algorithms/{algorithmId}/implementations/{implementationId}/files/{fileId}",
        Shape = HubResultShape.Empty, Evidence = HubEvidence.Modelled, Summary = "Deletes a file of an implementation.")]
    public static HubEndpoint ImplementationFilesDelete => Entry();
}
