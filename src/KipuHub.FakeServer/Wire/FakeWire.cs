using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KipuHub.Contract;

namespace KipuHub.FakeServer.Wire;

/// <summary>
/// The fake's own JSON: the API's wire conventions (camelCase, nulls omitted, open enums as their wire strings through
/// the converters the models name), written independently of the client's serializer so the two agree because both
/// follow the contract, not because they share code. Golden-document tests read and write the same documents with
/// both. Metadata comes from reflection, so a namespace's models need no registration here.
/// </summary>
internal static class FakeWire
{
    /// <summary>Every property, secrets included: for reading request bodies.</summary>
    public static JsonSerializerOptions Options { get; } = Create(hideSecrets: false);

    /// <summary>Every property but the secrets (<see cref="HubSecretAttribute"/>): what answers are written with.</summary>
    public static JsonSerializerOptions Answers { get; } = Create(hideSecrets: true);

    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static JsonTypeInfo Info(Type type) => Options.GetTypeInfo(type);

    /// <summary>The metadata an answer of <typeparamref name="T"/> is written with: secrets left out, unless the answer shows one it has just created.</summary>
    public static JsonTypeInfo<T> Answer<T>(bool revealSecrets = false) => (JsonTypeInfo<T>)(revealSecrets ? Options : Answers).GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create(bool hideSecrets)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        if (hideSecrets)
        {
            resolver.Modifiers.Add(static info =>
            {
                foreach (var property in info.Properties)
                {
                    if (property.AttributeProvider?.IsDefined(typeof(HubSecretAttribute), inherit: true) == true)
                    {
                        property.ShouldSerialize = static (_, _) => false;
                    }
                }
            });
        }
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = resolver,
        };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>The page envelope the fake emits (docs/contract.md#the-envelope): zero-based <c>page</c>, exact totals.</summary>
internal sealed record PageEnvelope<T>(IReadOnlyList<T> Content, int Page, int Size, long TotalElements, int TotalPages);

/// <summary>The API's JSON error body (docs/contract.md#errors).</summary>
internal sealed record ErrorBody(string ErrorMessage, int Status, string Error, string? Path);
