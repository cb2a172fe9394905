using KipuHub.Models;

namespace KipuHub.Contract;

// The use_cases namespace: the catalog's application scenarios, paged and searchable by title.
public static partial class HubCatalog
{
    /// <summary>Lists the use cases of the tenant, a page at a time.</summary>
    [HubEndpoint("use_cases", "GET", "/use-cases", Shape = HubResultShape.Page, Result = typeof(UseCase),
        Evidence = HubEvidence.Current, Summary = "Lists the use cases of the tenant, a page at a time.")]
    [HubFilter(nameof(UseCase.Title), "title", HubFilterKind.Contains)]
    [HubSort(nameof(UseCase.Title), "title")]
    [HubSort(nameof(UseCase.CreatedAt), "createdAt")]
    public static HubEndpoint UseCasesList => Entry();

    /// <summary>Gets a use case.</summary>
    [HubEndpoint("use_cases", "GET", "/use-cases/{id}", Result = typeof(UseCase), Evidence = HubEvidence.Current,
        Summary = "Gets a use case.")]
    public static HubEndpoint UseCasesGet => Entry();

    /// <summary>Creates a use case.</summary>
    [HubEndpoint("use_cases", "POST", "/use-cases", Result = typeof(UseCase), Request = typeof(CreateUseCaseRequest),
        Evidence = HubEvidence.Modelled, Summary = "Creates a use case.")]
    public static HubEndpoint UseCasesCreate => Entry();

    /// <summary>Updates a use case's title, summary, description or tags.</summary>
    [HubEndpoint("use_cases", "PUT", "/use-cases/{id}", Result = typeof(UseCase), Request = typeof(UpdateUseCaseRequest),
        Evidence = HubEvidence.Modelled, Summary = "Updates a use case's title, summary, description or tags.")]
    public static HubEndpoint UseCasesUpdate => Entry();

    /// <summary>Deletes a use case.</summary>
    [HubEndpoint("use_cases", "DELETE", "/use-cases/{id}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Modelled,
        Summary = "Deletes a use case.")]
    public static HubEndpoint UseCasesDelete => Entry();
}
