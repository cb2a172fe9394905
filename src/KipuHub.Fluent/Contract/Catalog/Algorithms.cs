using KipuHub.Models;

namespace KipuHub.Contract;

// The algorithms namespace: the catalog's algorithms (list and get are current evidence), their sketches, relations and
// members (modelled; docs/contract.md#algorithms-and-implementations). Members are managed by OWNERs only.
public static partial class HubCatalog
{
    /// <summary>Lists the algorithms the tenant can see, a page at a time: its own, those it is a member of, and public ones.</summary>
    [HubEndpoint("algorithms", "GET", "/algorithms", Shape = HubResultShape.Page, Result = typeof(Algorithm),
        Evidence = HubEvidence.Current, Summary = "Lists the algorithms the tenant can see, a page at a time: its own, those it is a member of, and public ones.")]
    [HubFilter(nameof(Algorithm.Name), "search", HubFilterKind.Contains)]
    [HubSort(nameof(Algorithm.Name), "name")]
    [HubSort(nameof(Algorithm.CreatedAt), "createdAt")]
    public static HubEndpoint AlgorithmsList => Entry();

    /// <summary>Gets an algorithm.</summary>
    [HubEndpoint("algorithms", "GET", "/algorithms/{id}", Result = typeof(Algorithm), Evidence = HubEvidence.Current,
        Summary = "Gets an algorithm.")]
    public static HubEndpoint AlgorithmsGet => Entry();

    /// <summary>Creates an algorithm, PRIVATE unless the request says PUBLIC.</summary>
    [HubEndpoint("algorithms", "POST", "/algorithms", Result = typeof(Algorithm), Request = typeof(CreateAlgorithmRequest),
        Evidence = HubEvidence.Modelled, Summary = "Creates an algorithm, PRIVATE unless the request says PUBLIC.")]
    public static HubEndpoint AlgorithmsCreate => Entry();

    /// <summary>Updates an algorithm's name, acronym, intent, description or visibility.</summary>
    [HubEndpoint("algorithms", "PUT", "/algorithms/{id}", Result = typeof(Algorithm), Request = typeof(UpdateAlgorithmRequest),
        Evidence = HubEvidence.Modelled, Summary = "Updates an algorithm's name, acronym, intent, description or visibility.")]
    public static HubEndpoint AlgorithmsUpdate => Entry();

    /// <summary>Deletes an algorithm with its sketches, relations (both ways), members and implementations.</summary>
    [HubEndpoint("algorithms", "DELETE", "/algorithms/{id}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Modelled,
        Summary = "Deletes an algorithm with its sketches, relations (both ways), members and implementations.")]
    public static HubEndpoint AlgorithmsDelete => Entry();

    /// <summary>Lists the sketches of an algorithm, a page at a time.</summary>
    [HubEndpoint("algorithms", "GET", "/algorithms/{id}/sketches", Shape = HubResultShape.Page, Result = typeof(AlgorithmSketch),
        Evidence = HubEvidence.Modelled, Summary = "Lists the sketches of an algorithm, a page at a time.")]
    [HubSort(nameof(AlgorithmSketch.CreatedAt), "createdAt")]
    public static HubEndpoint AlgorithmSketchesList => Entry();

    /// <summary>Adds a sketch: a PNG, JPEG or SVG image (multipart part image) and an optional description part.</summary>
    [HubEndpoint("algorithms", "POST", "/algorithms/{id}/sketches", Result = typeof(AlgorithmSketch), Body = HubBodyKind.Multipart,
        Parts = ["image", "description?"], Evidence = HubEvidence.Modelled,
        Summary = "Adds a sketch: a PNG, JPEG or SVG image (multipart part image) and an optional description part.")]
    public static HubEndpoint AlgorithmSketchesUpload => Entry();

    /// <summary>Downloads a sketch's image, the bytes uploaded.</summary>
    [HubEndpoint("algorithms", "GET", "/algorithms/{id}/sketches/{sketchId}/image", Shape = HubResultShape.Binary,
        Evidence = HubEvidence.Modelled, Summary = "Downloads a sketch's image, the bytes uploaded.")]
    public static HubEndpoint AlgorithmSketchesDownloadImage => Entry();

    /// <summary>Deletes a sketch.</summary>
    [HubEndpoint("algorithms", "DELETE", "/algorithms/{id}/sketches/{sketchId}", Shape = HubResultShape.Empty,
        Evidence = HubEvidence.Modelled, Summary = "Deletes a sketch.")]
    public static HubEndpoint AlgorithmSketchesDelete => Entry();

    /// <summary>Lists the relations from an algorithm to others, a page at a time.</summary>
    [HubEndpoint("algorithms", "GET", "/algorithms/{id}/relations", Shape = HubResultShape.Page, Result = typeof(AlgorithmRelation),
        Evidence = HubEvidence.Modelled, Summary = "Lists the relations from an algorithm to others, a page at a time.")]
    [HubSort(nameof(AlgorithmRelation.CreatedAt), "createdAt")]
    public static HubEndpoint AlgorithmRelationsList => Entry();

    /// <summary>Relates an algorithm to another one the caller can see.</summary>
    [HubEndpoint("algorithms", "POST", "/algorithms/{id}/relations", Result = typeof(AlgorithmRelation), Request = typeof(CreateAlgorithmRelationRequest),
        Evidence = HubEvidence.Modelled, Summary = "Relates an algorithm to another one the caller can see.")]
    public static HubEndpoint AlgorithmRelationsCreate => Entry();

    /// <summary>Deletes a relation.</summary>
    [HubEndpoint("algorithms", "DELETE", "/algorithms/{id}/relations/{relationId}", Shape = HubResultShape.Empty,
        Evidence = HubEvidence.Modelled, Summary = "Deletes a relation.")]
    public static HubEndpoint AlgorithmRelationsDelete => Entry();

    /// <summary>Lists the members of an algorithm (users and organizations it is opened to), a page at a time.</summary>
    [HubEndpoint("algorithms", "GET", "/algorithms/{id}/members", Shape = HubResultShape.Page, Result = typeof(AlgorithmMember),
        Evidence = HubEvidence.Modelled, Summary = "Lists the members of an algorithm (users and organizations it is opened to), a page at a time.")]
    [HubSort(nameof(AlgorithmMember.CreatedAt), "createdAt")]
    public static HubEndpoint AlgorithmMembersList => Entry();

    /// <summary>Adds a member to an algorithm, or changes an existing member's role; OWNER only.</summary>
    [HubEndpoint("algorithms", "PUT", "/algorithms/{id}/members", Result = typeof(AlgorithmMember), Request = typeof(SetAlgorithmMemberRequest),
        Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Owner, Summary = "Adds a member to an algorithm, or changes an existing member's role; OWNER only.")]
    public static HubEndpoint AlgorithmMembersSet => Entry();

    /// <summary>Removes a member: it no longer sees the algorithm.</summary>
    [HubEndpoint("algorithms", "DELETE", "/algorithms/{id}/members/{memberId}", Shape = HubResultShape.Empty,
        Evidence = HubEvidence.Modelled, Summary = "Removes a member: it no longer sees the algorithm.")]
    public static HubEndpoint AlgorithmMembersDelete => Entry();
}
