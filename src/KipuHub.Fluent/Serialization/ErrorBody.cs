namespace KipuHub.Serialization;

/// <summary>The JSON error body of the API (docs/contract.md#errors): <c>errorMessage</c>, plus Spring's <c>status</c>, <c>error</c> and <c>path</c>.</summary>
internal sealed record ErrorBody
{
    public string? ErrorMessage { get; init; }

    public int? Status { get; init; }

    public string? Error { get; init; }

    public string? Path { get; init; }
}
