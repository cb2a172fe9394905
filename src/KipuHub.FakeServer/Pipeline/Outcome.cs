using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>A store operation's result: a value, or the error the request is answered with (and nothing changed).</summary>
internal readonly struct Outcome<T>
{
    private Outcome(T? value, HubError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public HubError? Error { get; }

    // With T = object a HubError converts to T first; it must still count as the error.
    public static implicit operator Outcome<T>(T value) => value is HubError error ? new(default, error) : new(value, null);

    public static implicit operator Outcome<T>(HubError error) => new(default, error);

    /// <summary>200 with the value as JSON, or the error.</summary>
    public Results<JsonHttpResult<T>, HubError> ToJson() =>
        Error is { } error ? error : TypedResults.Json(Value!, HubJson.Info<T>());
}

/// <summary>Turns outcomes of operations without a value into results.</summary>
internal static class OutcomeExtensions
{
    /// <summary>204, or the error.</summary>
    public static Results<NoContent, HubError> OrNoContent(this HubError? error) =>
        error is null ? TypedResults.NoContent() : error;

    /// <summary>The list as the endpoint's shape says, or the error.</summary>
    public static Results<HubListResult<T>, HubError> ToList<T>(this Outcome<IReadOnlyList<T>> outcome, HubRequest request) =>
        outcome.Error is { } error ? error : request.List(outcome.Value!);

    /// <summary>200 with the text as text/plain, or the error.</summary>
    public static Results<ContentHttpResult, HubError> ToText(this Outcome<string> outcome) =>
        outcome.Error is { } error ? error : TypedResults.Text(outcome.Value, "text/plain", System.Text.Encoding.UTF8);
}
