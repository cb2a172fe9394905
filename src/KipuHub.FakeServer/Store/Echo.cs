namespace KipuHub.FakeServer.Store;

/// <summary>
/// How an error message quotes what the caller sent: at most 200 characters of it (docs/contract.md#limits), so a huge
/// value never comes back as a huge error body, and with control characters shown as escapes.
/// </summary>
internal static class Echo
{
    public const int MaxQuotedLength = 200;

    /// <summary>The value as a message quotes it: <c>null</c>, or the value cut to 200 characters and made printable.</summary>
    public static string Of(string? value)
    {
        if (value is null)
        {
            return "null";
        }
        var cut = value.Length > MaxQuotedLength ? value[..MaxQuotedLength] : value;
        var printable = string.Create(cut.Length, cut, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) || char.IsSurrogate(text[i]) ? '?' : text[i];
            }
        });
        return value.Length > MaxQuotedLength ? $"{printable}… ({value.Length} characters)" : printable;
    }
}
