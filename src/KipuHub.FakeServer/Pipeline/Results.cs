using KipuHub.FakeServer.Store;
using KipuHub.FakeServer.Wire;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>Turns the store's results into HTTP answers: the value in the endpoint's shape, or the failure's status.</summary>
internal static class ResultExtensions
{
    /// <summary>
    /// 200 with the value as JSON, or the failure. Secrets are left out, unless the request's catalog entry says the
    /// answer shows a secret it has just created (<c>RevealsSecrets</c>).
    /// </summary>
    public static Results<JsonHttpResult<T>, HubError> ToJson<T>(this Result<T> result, HubRequest request) =>
        result.Failure is { } failure ? HubError.From(failure) : TypedResults.Json(result.Value!, FakeWire.Answer<T>(request.Endpoint.RevealsSecrets));

    /// <summary>204, or the failure.</summary>
    public static Results<NoContent, HubError> OrNoContent(this Failure? failure) =>
        failure is null ? TypedResults.NoContent() : HubError.From(failure);

    /// <summary>The list as the endpoint's shape says, or the failure.</summary>
    public static Results<HubListResult<T>, HubError> ToList<T>(this Result<IReadOnlyList<T>> result, HubRequest request) =>
        result.Failure is { } failure ? HubError.From(failure) : request.List(result.Value!);

    /// <summary>200 with the text as text/plain, or the failure.</summary>
    public static Results<ContentHttpResult, HubError> ToText(this Result<string> result) =>
        result.Failure is { } failure ? HubError.From(failure) : TypedResults.Text(result.Value, "text/plain", System.Text.Encoding.UTF8);

    /// <summary>200 with the bytes under their media type, or the failure.</summary>
    public static Results<FileContentHttpResult, HubError> ToBytes(this Result<(byte[] Bytes, string ContentType, string? FileName)> result) =>
        result.Failure is { } failure
            ? HubError.From(failure)
            : TypedResults.Bytes(result.Value.Bytes, result.Value.ContentType, result.Value.FileName);
}
