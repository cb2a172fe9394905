using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
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
public sealed class HubEnumJsonConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T> : JsonConverter<T>
    where T : struct, IHubEnum<T>
{
    // The values the enum declares (its static properties of its own type), with their UTF-8 bytes: a known value is
    // matched on the reader's bytes and answered with the declared instance, so reading one allocates nothing. Only a
    // value this version does not know becomes a new string. Found once per enum type.
    private static readonly (byte[] Utf8, T Value)[] s_known = FindKnownValues();

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Match(ref reader)
            : throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Match(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value);

    private static T Match(ref Utf8JsonReader reader)
    {
        foreach (var (utf8, value) in s_known)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return value;
            }
        }
        return T.FromValue(reader.GetString()!);
    }

    private static (byte[] Utf8, T Value)[] FindKnownValues()
    {
        var known = new List<(byte[], T)>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Static))
        {
            if (property.PropertyType == typeof(T) && property.GetValue(null) is T { Value: not null } value)
            {
                known.Add((Encoding.UTF8.GetBytes(value.Value), value));
            }
        }
        return [.. known];
    }
}
