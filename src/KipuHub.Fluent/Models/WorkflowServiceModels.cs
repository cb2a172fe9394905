namespace KipuHub.Models;

/// <summary>The body of <c>POST /workflow-services</c>.</summary>
public sealed record CreateWorkflowServiceRequest
{
    /// <summary>The service's name, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The description, at most 10,000 characters.</summary>
    public string? Description { get; init; }
}
