namespace KipuHub.Contract.Tool.Diff;

/// <summary>Where a difference is reported: a catalog namespace and the evidence level of the endpoint behind it.</summary>
/// <param name="Namespace">The HubCatalog namespace, or the document's tag for an operation KipuHub lacks.</param>
/// <param name="Evidence">current, legacy-2024, modelled, or "not in KipuHub".</param>
internal sealed record DiffGroup(string Namespace, string Evidence)
{
    public const string NotInKipuHub = "not in KipuHub";

    public static DiffGroup Of(HubEndpoint endpoint) => new(endpoint.Namespace, EvidenceLabel(endpoint.Evidence));

    public static string EvidenceLabel(HubEvidence evidence) => evidence switch
    {
        HubEvidence.Current => "current",
        HubEvidence.Legacy2024 => "legacy-2024",
        HubEvidence.Modelled => "modelled",
        _ => evidence.ToString(),
    };

    public int EvidenceOrder => Evidence switch
    {
        "current" => 0,
        "legacy-2024" => 1,
        "modelled" => 2,
        _ => 3,
    };
}

/// <summary>
/// One difference between KipuHub and the document. <see cref="Key"/> is stable and self-describing, for example
/// <c>ServicesList query sort: only in KipuHub</c>: the report prints it and an acceptance file lists it.
/// </summary>
internal sealed record Difference(DiffGroup Group, string Key, string? Detail = null);
