using KipuHub.Paging;

namespace KipuHub.Serialization;

/// <summary>The wire form of a page: the fake emits <c>page</c>, Spring emits <c>number</c>; both are read.</summary>
/// <remarks>
/// Settable, not init-only: the source generator reads init-only members through a constructor-like path that boxes
/// every value into an <c>object[]</c>, once per page.
/// </remarks>
internal sealed class PageEnvelope<T>
{
    public IReadOnlyList<T>? Content { get; set; }

    public int? Page { get; set; }

    public int? Number { get; set; }

    public int? Size { get; set; }

    public long? TotalElements { get; set; }

    public int? TotalPages { get; set; }

    public Page<T> ToPage()
    {
        var content = Content ?? [];
        var index = Page ?? Number ?? 0;
        var size = Size ?? content.Count;
        // Without totals, the best honest claim is "this page is the last one"; paging then stops.
        var totalElements = TotalElements ?? ((long)index * size) + content.Count;
        var totalPages = TotalPages ?? (content.Count > 0 ? index + 1 : index);
        return new Page<T>(content, index, size, totalElements, totalPages);
    }

    public static PageEnvelope<T> From(Page<T> page) => new()
    {
        Content = page.Content,
        Page = page.PageIndex,
        Size = page.Size,
        TotalElements = page.TotalElements,
        TotalPages = page.TotalPages,
    };
}
