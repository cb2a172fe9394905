using System.Text.Json.Serialization.Metadata;
using KipuHub.Serialization;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// The HubJsonContext metadata of a wire type. Every body the fake reads or writes goes through it, so the fake and
/// the client share one wire format (camelCase, nulls omitted, open enums as plain strings).
/// </summary>
internal static class HubJson
{
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Info(typeof(T));

    public static JsonTypeInfo Info(Type type) => TryInfo(type)
        ?? throw new InvalidOperationException($"HubJsonContext has no metadata for {type}. Add [JsonSerializable(typeof({type.Name}))] in KipuHub.Fluent.");

    public static JsonTypeInfo? TryInfo(Type type) => HubJsonContext.Default.GetTypeInfo(type);
}
