using System.Text.Json;
using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>
/// An enum of the API whose set of values the server may extend. Each value wraps its wire string, so a value
/// this version does not know is kept and written back unchanged instead of failing.
/// </summary>
/// <typeparam name="TSelf">The enum type.</typeparam>
public interface IHubEnum<TSelf> where TSelf : struct, IHubEnum<TSelf>
{
    /// <summary>The value as sent on the wire, in UPPER_SNAKE case.</summary>
    string Value { get; }

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    static abstract TSelf FromValue(string value);
}

/// <summary>
/// Reads and writes an <see cref="IHubEnum{TSelf}"/> as its plain wire string. Every open enum names it in its
/// <see cref="JsonConverterAttribute"/>; it is public so that a JSON source generator of your own can use the models too.
/// </summary>
/// <typeparam name="T">The open enum.</typeparam>
public sealed class HubEnumJsonConverter<T> : JsonConverter<T> where T : struct, IHubEnum<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? T.FromValue(reader.GetString()!)
            : throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromValue(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value);
}
