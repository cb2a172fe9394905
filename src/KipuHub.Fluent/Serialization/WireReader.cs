using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Reads one value at the reader's current token; returns null for a JSON null.</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal delegate T? ValueReader<T>(ref Utf8JsonReader reader, JsonSerializerOptions options);

/// <summary>
/// The building blocks of the hand-written readers (<see cref="ServiceReaders"/>): member values are read with the
/// very converters the generated metadata uses, so a value reads the same, and fails the same, either way. Lists and
/// dictionaries are built as the generated metadata builds them (<see cref="List{T}"/>, <see cref="Dictionary{TKey, TValue}"/>).
/// </summary>
internal static class WireReader
{
    private static readonly JsonConverter<string> s_string = Converter(HubJsonContext.Default.String);
    private static readonly JsonConverter<DateTimeOffset?> s_time = Converter(HubJsonContext.Default.NullableDateTimeOffset);
    private static readonly JsonConverter<decimal?> s_decimal = Converter(HubJsonContext.Default.NullableDecimal);
    private static readonly JsonConverter<bool?> s_bool = Converter(HubJsonContext.Default.NullableBoolean);

    /// <summary>
    /// The current property name as unescaped UTF-8, for plain span comparisons: the reader's own bytes in the usual
    /// case; a copy only when the name is escaped or split across buffers, which servers rarely send.
    /// </summary>
    public static ReadOnlySpan<byte> NameOf(ref Utf8JsonReader reader) =>
        !reader.HasValueSequence && !reader.ValueIsEscaped ? reader.ValueSpan : System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);

    /// <summary>Moves to a member's value and reads it as a string.</summary>
    public static string? ReadString(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        return s_string.Read(ref reader, typeof(string), options);
    }

    /// <summary>Moves to a member's value and reads it as a timestamp.</summary>
    public static DateTimeOffset? ReadTime(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        return s_time.Read(ref reader, typeof(DateTimeOffset?), options);
    }

    /// <summary>Moves to a member's value and reads it as a number.</summary>
    public static decimal? ReadDecimal(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        return s_decimal.Read(ref reader, typeof(decimal?), options);
    }

    /// <summary>Moves to a member's value and reads it as a flag.</summary>
    public static bool? ReadBool(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        return s_bool.Read(ref reader, typeof(bool?), options);
    }

    /// <summary>Moves to a member's value and reads it as an open enum; an unknown value is kept.</summary>
    public static T? ReadEnum<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) where T : struct, IHubEnum<T>
    {
        reader.Read();
        // As the generated metadata reads a T?: null stays null, anything else goes to the enum's own converter.
        return reader.TokenType == JsonTokenType.Null ? null : EnumConverter<T>.Instance.Read(ref reader, typeof(T), options);
    }

    /// <summary>Moves to a member's value and reads it as a list, each item with <paramref name="item"/>.</summary>
    public static List<T>? ReadList<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, ValueReader<T> item)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException();
        }
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // A null item stays null, as in the generated list converter.
            list.Add(item(ref reader, options)!);
        }
        return list;
    }

    /// <summary>Moves to a member's value and reads it as a string-to-string map; a repeated key keeps its last value.</summary>
    public static Dictionary<string, string>? ReadStringMap(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException();
        }
        var map = new Dictionary<string, string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = s_string.ReadAsPropertyName(ref reader, typeof(string), options);
            map[key] = ReadString(ref reader, options)!;
        }
        return map;
    }

    /// <summary>Checks that the reader is at an object's start; true for a JSON null (the caller returns null).</summary>
    public static bool IsNullObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }
        return reader.TokenType == JsonTokenType.StartObject ? false : throw new JsonException();
    }

    /// <summary>Skips the value of a member this model does not have: unknown members are ignored.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static JsonConverter<T> Converter<T>(JsonTypeInfo<T> info) => (JsonConverter<T>)info.Converter;

    /// <summary>The converter of one open enum (the one its [JsonConverter] names), made once.</summary>
    private static class EnumConverter<T> where T : struct, IHubEnum<T>
    {
        public static readonly HubEnumJsonConverter<T> Instance = new();
    }
}

/// <summary>
/// A read-only converter made of a hand-written <see cref="ValueReader{T}"/>; writing stays the generated code's.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
internal sealed class WireReaderConverter<T>(ValueReader<T> read, JsonTypeInfo<T> writeWith) : JsonConverter<T>
    where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => read(ref reader, options);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, writeWith);
}
