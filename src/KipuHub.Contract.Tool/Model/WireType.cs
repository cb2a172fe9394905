namespace KipuHub.Contract.Tool.Model;

/// <summary>
/// A JSON value's type as both sides describe it: string, integer, number, boolean, array (with its items), object or
/// any. Of formats only date-time and date are kept: they are the ones a client parses differently.
/// </summary>
/// <param name="Kind">The JSON Schema type.</param>
/// <param name="Format">date-time or date; otherwise <see langword="null"/>.</param>
/// <param name="Items">The item type of an array.</param>
internal sealed record WireType(string Kind, string? Format = null, WireType? Items = null)
{
    public static WireType Any { get; } = new("any");

    public static WireType String { get; } = new("string");

    public static WireType Integer { get; } = new("integer");

    public static WireType Object { get; } = new("object");

    public bool IsAny => Kind == "any";

    /// <summary>Whether the two describe the same wire value; "any" fits every type.</summary>
    public bool Fits(WireType other) => IsAny || other.IsAny
        || (Kind == other.Kind && Format == other.Format && (Kind != "array" || Items is null || other.Items is null || Items.Fits(other.Items)));

    public static string? KeptFormat(string? format) => format is "date-time" or "date" ? format : null;

    public override string ToString() => Kind == "array"
        ? $"array<{Items?.ToString() ?? "any"}>"
        : Format is null ? Kind : $"{Kind}({Format})";
}
