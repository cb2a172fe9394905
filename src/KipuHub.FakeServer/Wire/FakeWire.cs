using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KipuHub.FakeServer.Wire;

/// <summary>
/// The fake's own JSON: the API's wire conventions (camelCase, nulls omitted, open enums as their wire strings through
/// the converters the models name), written independently of the client's serializer so the two agree because both
/// follow the contract, not because they share code. Golden-document tests read and write the same documents with
/// both. Metadata comes from reflection, so a namespace's models need no registration here.
/// </summary>
internal static class FakeWire
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static JsonTypeInfo Info(Type type) => Options.GetTypeInfo(type);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>The page envelope the fake emits (docs/contract.md#the-envelope): zero-based <c>page</c>, exact totals.</summary>
internal sealed record PageEnvelope<T>(IReadOnlyList<T> Content, int Page, int Size, long TotalElements, int TotalPages);

/// <summary>The API's JSON error body (docs/contract.md#errors).</summary>
internal sealed record ErrorBody(string ErrorMessage, int Status, string Error, string? Path);
