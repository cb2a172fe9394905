namespace KipuHub.Paging;

/// <summary>One page of a paged list, as the server sent it.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page; also useful to fake a page in tests.</summary>
    /// <param name="content">The items of this page.</param>
    /// <param name="pageIndex">The zero-based index of this page.</param>
    /// <param name="size">The page size the server applied.</param>
    /// <param name="totalElements">The number of items over all pages.</param>
    /// <param name="totalPages">The number of pages.</param>
    public Page(IReadOnlyList<T> content, int pageIndex, int size, long totalElements, int totalPages)
    {
        Content = content;
        PageIndex = pageIndex;
        Size = size;
        TotalElements = totalElements;
        TotalPages = totalPages;
    }

    /// <summary>The items of this page; empty past the last page.</summary>
    public IReadOnlyList<T> Content { get; }

    /// <summary>The zero-based index of this page (the envelope's <c>page</c>, or Spring's <c>number</c>).</summary>
    public int PageIndex { get; }

    /// <summary>The page size the server applied (after clamping to the maximum).</summary>
    public int Size { get; }

    /// <summary>The number of items over all pages.</summary>
    public long TotalElements { get; }

    /// <summary>The number of pages.</summary>
    public int TotalPages { get; }

    /// <summary>Whether a page follows this one.</summary>
    public bool HasNext => PageIndex + 1 < TotalPages;

    /// <inheritdoc />
    public override string ToString() => $"Page {PageIndex} of {TotalPages} ({Content.Count} of {TotalElements} items, size {Size})";
}
