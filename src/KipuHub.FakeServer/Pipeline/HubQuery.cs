using System.Globalization;
using System.Text.Json;
using KipuHub.Contract;
using KipuHub.FakeServer.Store;
using KipuHub.FakeServer.Wire;
using KipuHub.Paging;
using Microsoft.Extensions.Primitives;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// The paging, sorting and filtering a request asked for, read from the query string by the rules of its catalog
/// entry. Handlers hand over every item of a list; this class decides what the caller sees.
/// </summary>
internal sealed class HubQuery
{
    private HubQuery(int page, int size, IReadOnlyList<SortKey> sorts, IReadOnlyList<FilterValue> filters)
    {
        Page = page;
        Size = size;
        Sorts = sorts;
        Filters = filters;
    }

    public int Page { get; }

    /// <summary>The page size after clamping to the endpoint's maximum.</summary>
    public int Size { get; }

    public IReadOnlyList<SortKey> Sorts { get; }

    public IReadOnlyList<FilterValue> Filters { get; }

    public static Result<HubQuery> Parse(HubEndpoint endpoint, IQueryCollection query)
    {
        var page = 0;
        var size = endpoint.DefaultPageSize;
        if (endpoint.Shape == HubResultShape.Page)
        {
            if (ReadInt(query, "page", endpoint, out var requestedPage) is { } pageError)
            {
                return pageError;
            }
            if (requestedPage < 0)
            {
                return Failure.Malformed($"Query parameter 'page' must be 0 or more (pages are zero-based), got {requestedPage}.");
            }
            if (ReadInt(query, "size", endpoint, out var requestedSize) is { } sizeError)
            {
                return sizeError;
            }
            if (requestedSize < 1)
            {
                return Failure.Malformed($"Query parameter 'size' must be {SizeRule(endpoint)}, got {requestedSize}.");
            }
            page = requestedPage ?? 0;
            size = Math.Min(requestedSize ?? endpoint.DefaultPageSize, endpoint.MaxPageSize);
        }

        // Most requests neither sort nor filter: they share the empty lists instead of allocating their own.
        IReadOnlyList<SortKey> sorts = [];
        if (endpoint.Sorts.Count > 0 && query.TryGetValue("sort", out var rawSorts) && rawSorts.Count > 0)
        {
            var parsedSorts = new List<SortKey>(rawSorts.Count);
            foreach (var raw in rawSorts)
            {
                var parsed = ParseSort(endpoint, raw);
                if (parsed.Failure is { } error)
                {
                    return error;
                }
                parsedSorts.Add(parsed.Value!);
            }
            sorts = parsedSorts;
        }

        IReadOnlyList<FilterValue> filters = [];
        for (var i = 0; i < endpoint.Filters.Count; i++)
        {
            var filter = endpoint.Filters[i];
            if (query.TryGetValue(filter.QueryName, out var values))
            {
                if (ListRules.UnknownValue(endpoint, filter, values) is { } unknown)
                {
                    return unknown;
                }
                var found = filters as List<FilterValue> ?? [];
                found.Add(new FilterValue(filter, [.. values.Select(v => v ?? string.Empty)]));
                filters = found;
            }
        }
        return new HubQuery(page, size, sorts, filters);
    }

    private static string SizeRule(HubEndpoint endpoint) =>
        $"an integer of 1 or more (default {endpoint.DefaultPageSize}; sizes above {endpoint.MaxPageSize} are clamped)";

    /// <summary>
    /// The part of the request that decides a list's order and content (sorts and filters, not the page), as a text
    /// that differs whenever they differ: the key of a cached arranged view. Empty for a plain list.
    /// </summary>
    public string ArrangementKey => _arrangementKey ??= BuildArrangementKey();

    private string? _arrangementKey;

    /// <summary>Filters and sorts every item, then cuts the requested page.</summary>
    public Page<T> ToPage<T>(IEnumerable<T> items) => PageOf(Arrange(items));

    /// <summary>Cuts the requested page out of a list that is already filtered and sorted.</summary>
    public Page<T> PageOf<T>(IReadOnlyList<T> all)
    {
        var start = (int)Math.Min((long)Page * Size, all.Count);
        var content = new List<T>(Math.Min(Size, all.Count - start));
        for (var i = start; i < all.Count && content.Count < Size; i++)
        {
            content.Add(all[i]);
        }
        var totalPages = (int)((all.Count + (long)Size - 1) / Size);
        return new Page<T>(content, Page, Size, all.Count, totalPages);
    }

    /// <summary>Filters every item, and sorts them when the request asked to; otherwise keeps the handler's order.</summary>
    public List<T> Arrange<T>(IEnumerable<T> items)
    {
        List<T> filtered;
        if (Filters.Count == 0)
        {
            filtered = [.. items];
        }
        else
        {
            var filters = new Func<T, IReadOnlyList<string>, bool>[Filters.Count];
            for (var i = 0; i < filters.Length; i++)
            {
                filters[i] = ListRules.Filter<T>(Filters[i].Filter);
            }
            filtered = [];
            foreach (var item in items)
            {
                if (Matches(item, filters))
                {
                    filtered.Add(item);
                }
            }
        }
        if (Sorts.Count > 0)
        {
            // List.Sort is not stable; the id tie-break makes the order total, so pages never overlap or skip.
            filtered.Sort(Comparison<T>());
        }
        return filtered;
    }

    private bool Matches<T>(T item, Func<T, IReadOnlyList<string>, bool>[] filters)
    {
        for (var i = 0; i < filters.Length; i++)
        {
            if (!filters[i](item, Filters[i].Values))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The requested sorts, then the id: delegates built once per (type, member), none per item.</summary>
    private Comparison<T> Comparison<T>()
    {
        var compares = new Comparison<T>[Sorts.Count];
        var descending = new bool[Sorts.Count];
        for (var i = 0; i < compares.Length; i++)
        {
            compares[i] = ListRules.Sort<T>(Sorts[i].Sort.Member);
            descending[i] = Sorts[i].Descending;
        }
        var id = ListRules.Id<T>();
        return (x, y) =>
        {
            for (var i = 0; i < compares.Length; i++)
            {
                var order = compares[i](x, y);
                if (order != 0)
                {
                    return descending[i] ? -order : order;
                }
            }
            return string.CompareOrdinal(id(x), id(y));
        };
    }

    private string BuildArrangementKey()
    {
        if (Sorts.Count == 0 && Filters.Count == 0)
        {
            return string.Empty;
        }
        // Length-prefixed parts, so no value can imitate a separator.
        var key = new System.Text.StringBuilder();
        foreach (var sort in Sorts)
        {
            Part(key.Append('s'), sort.Sort.Member).Append(sort.Descending ? 'd' : 'a');
        }
        foreach (var filter in Filters)
        {
            Part(key.Append('f'), filter.Filter.Member).Append((int)filter.Filter.Kind).Append('[').Append(filter.Values.Count).Append(']');
            foreach (var value in filter.Values)
            {
                Part(key, value);
            }
        }
        return key.ToString();

        static System.Text.StringBuilder Part(System.Text.StringBuilder key, string text) =>
            key.Append(text.Length).Append(':').Append(text);
    }

    /// <summary>How two member values compare: nulls first, strings ignoring case then ordinal, same-type comparables, else wire text.</summary>
    internal static int CompareValues(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        if (x is string sx && y is string sy)
        {
            var ignoringCase = StringComparer.OrdinalIgnoreCase.Compare(sx, sy);
            return ignoringCase != 0 ? ignoringCase : string.CompareOrdinal(sx, sy);
        }
        if (x is IComparable comparable && x.GetType() == y.GetType())
        {
            return comparable.CompareTo(y);
        }
        return string.CompareOrdinal(WireValue(x), WireValue(y));
    }

    /// <summary>The value as it appears in JSON, so <c>lifecycle=PUBLISHED</c> compares with what the client sees.</summary>
    internal static string? WireValue(object? value)
    {
        if (value is null)
        {
            return null;
        }
        var element = JsonSerializer.SerializeToElement(value, FakeWire.Info(value.GetType()));
        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }

    private static Result<SortKey> ParseSort(HubEndpoint endpoint, string? raw)
    {
        var accepted = string.Join(", ", endpoint.Sorts.Select(s => s.QueryName));
        var parts = (raw ?? string.Empty).Split(',');
        if (parts.Length > 2 || parts[0].Trim().Length == 0)
        {
            return Failure.Malformed($"Query parameter 'sort' must look like 'property' or 'property,asc|desc', got '{Echo.Of(raw)}'. " +
                $"Repeat 'sort' to sort by several properties. Sortable properties: {accepted}.");
        }
        var property = parts[0].Trim();
        var sort = endpoint.Sorts.FirstOrDefault(s => string.Equals(s.QueryName, property, StringComparison.Ordinal));
        if (sort is null)
        {
            return Failure.Malformed($"Cannot sort by '{Echo.Of(property)}'. Sortable properties: {accepted}.");
        }
        var direction = parts.Length == 2 ? parts[1].Trim() : "asc";
        if (!direction.Equals("asc", StringComparison.OrdinalIgnoreCase) && !direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
        {
            return Failure.Malformed($"Sort direction must be 'asc' or 'desc', got '{Echo.Of(direction)}' in sort='{Echo.Of(raw)}'.");
        }
        return new SortKey(sort, direction.Equals("desc", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads an optional integer parameter; an error when it is present but not one integer.</summary>
    private static Failure? ReadInt(IQueryCollection query, string name, HubEndpoint endpoint, out int? value)
    {
        value = null;
        if (!query.TryGetValue(name, out StringValues values))
        {
            return null;
        }
        if (values.Count > 1)
        {
            return Failure.Malformed($"Query parameter '{name}' was given {values.Count} times; give it once, as {Expected(name, endpoint)}.");
        }
        if (!int.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return Failure.Malformed($"Query parameter '{name}' must be {Expected(name, endpoint)}, got '{Echo.Of(values[0])}'.");
        }
        value = parsed;
        return null;
    }

    // The rule is spelled out only for an error message, so a valid request builds no text.
    private static string Expected(string name, HubEndpoint endpoint) =>
        name == "page" ? "a zero-based page index (an integer of 0 or more)" : SizeRule(endpoint);
}

/// <summary>One <c>sort=</c> entry.</summary>
internal sealed record SortKey(HubSort Sort, bool Descending);

/// <summary>One filter with the values the caller sent; several values of one filter match any of them.</summary>
internal sealed record FilterValue(HubFilter Filter, IReadOnlyList<string> Values);
