using System.Globalization;
using System.Reflection;
using System.Text.Json;
using KipuHub.Contract;
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

    public static Outcome<HubQuery> Parse(HubEndpoint endpoint, IQueryCollection query)
    {
        var page = 0;
        var size = endpoint.DefaultPageSize;
        if (endpoint.Shape == HubResultShape.Page)
        {
            if (ReadInt(query, "page", "a zero-based page index (an integer of 0 or more)", out var requestedPage) is { } pageError)
            {
                return pageError;
            }
            if (requestedPage < 0)
            {
                return HubError.BadRequest($"Query parameter 'page' must be 0 or more (pages are zero-based), got {requestedPage}.");
            }
            var sizeRule = $"an integer of 1 or more (default {endpoint.DefaultPageSize}; sizes above {endpoint.MaxPageSize} are clamped)";
            if (ReadInt(query, "size", sizeRule, out var requestedSize) is { } sizeError)
            {
                return sizeError;
            }
            if (requestedSize < 1)
            {
                return HubError.BadRequest($"Query parameter 'size' must be {sizeRule}, got {requestedSize}.");
            }
            page = requestedPage ?? 0;
            size = Math.Min(requestedSize ?? endpoint.DefaultPageSize, endpoint.MaxPageSize);
        }

        var sorts = new List<SortKey>();
        if (endpoint.Sorts.Count > 0)
        {
            foreach (var raw in query["sort"])
            {
                var parsed = ParseSort(endpoint, raw);
                if (parsed.Error is { } error)
                {
                    return error;
                }
                sorts.Add(parsed.Value!);
            }
        }

        var filters = new List<FilterValue>();
        foreach (var filter in endpoint.Filters)
        {
            if (query.TryGetValue(filter.QueryName, out var values))
            {
                filters.Add(new FilterValue(filter, [.. values.Select(v => v ?? string.Empty)]));
            }
        }
        return new HubQuery(page, size, sorts, filters);
    }

    /// <summary>Filters and sorts every item, then cuts the requested page.</summary>
    public Page<T> ToPage<T>(IEnumerable<T> items)
    {
        var all = Arrange(items);
        var content = all.Skip((int)Math.Min((long)Page * Size, all.Count)).Take(Size).ToList();
        var totalPages = (int)((all.Count + (long)Size - 1) / Size);
        return new Page<T>(content, Page, Size, all.Count, totalPages);
    }

    /// <summary>Filters every item, and sorts them when the request asked to; otherwise keeps the handler's order.</summary>
    public List<T> Arrange<T>(IEnumerable<T> items)
    {
        var filtered = items.Where(Matches).ToList();
        if (Sorts.Count > 0)
        {
            // List.Sort is not stable; the id tie-break makes the order total, so pages never overlap or skip.
            filtered.Sort(Compare);
        }
        return filtered;
    }

    private bool Matches<T>(T item) => Filters.All(f => f.Matches(item));

    private int Compare<T>(T x, T y)
    {
        foreach (var sort in Sorts)
        {
            var order = CompareValues(Read(x, sort.Sort.Member), Read(y, sort.Sort.Member));
            if (order != 0)
            {
                return sort.Descending ? -order : order;
            }
        }
        return string.CompareOrdinal(Read(x, "Id") as string, Read(y, "Id") as string);
    }

    private static object? Read<T>(T item, string member) =>
        typeof(T).GetProperty(member, BindingFlags.Public | BindingFlags.Instance)?.GetValue(item);

    private static int CompareValues(object? x, object? y)
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
        var element = JsonSerializer.SerializeToElement(value, HubJson.Info(value.GetType()));
        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }

    private static Outcome<SortKey> ParseSort(HubEndpoint endpoint, string? raw)
    {
        var accepted = string.Join(", ", endpoint.Sorts.Select(s => s.QueryName));
        var parts = (raw ?? string.Empty).Split(',');
        if (parts.Length > 2 || parts[0].Trim().Length == 0)
        {
            return HubError.BadRequest($"Query parameter 'sort' must look like 'property' or 'property,asc|desc', got '{raw}'. " +
                $"Repeat 'sort' to sort by several properties. Sortable properties: {accepted}.");
        }
        var property = parts[0].Trim();
        var sort = endpoint.Sorts.FirstOrDefault(s => string.Equals(s.QueryName, property, StringComparison.Ordinal));
        if (sort is null)
        {
            return HubError.BadRequest($"Cannot sort by '{property}'. Sortable properties: {accepted}.");
        }
        var direction = parts.Length == 2 ? parts[1].Trim() : "asc";
        if (!direction.Equals("asc", StringComparison.OrdinalIgnoreCase) && !direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
        {
            return HubError.BadRequest($"Sort direction must be 'asc' or 'desc', got '{direction}' in sort='{raw}'.");
        }
        return new SortKey(sort, direction.Equals("desc", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads an optional integer parameter; an error when it is present but not one integer.</summary>
    private static HubError? ReadInt(IQueryCollection query, string name, string expected, out int? value)
    {
        value = null;
        if (!query.TryGetValue(name, out StringValues values))
        {
            return null;
        }
        if (values.Count > 1)
        {
            return HubError.BadRequest($"Query parameter '{name}' was given {values.Count} times; give it once, as {expected}.");
        }
        if (!int.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return HubError.BadRequest($"Query parameter '{name}' must be {expected}, got '{values[0]}'.");
        }
        value = parsed;
        return null;
    }
}

/// <summary>One <c>sort=</c> entry.</summary>
internal sealed record SortKey(HubSort Sort, bool Descending);

/// <summary>One filter with the values the caller sent; several values of one filter match any of them.</summary>
internal sealed record FilterValue(HubFilter Filter, IReadOnlyList<string> Values)
{
    public bool Matches<T>(T item)
    {
        var value = typeof(T).GetProperty(Filter.Member, BindingFlags.Public | BindingFlags.Instance)?.GetValue(item);
        return Filter.Kind switch
        {
            HubFilterKind.Contains => value is string text && Values.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase)),
            _ => HubQuery.WireValue(value) is { } wire && Values.Any(v => string.Equals(v, wire, StringComparison.Ordinal)),
        };
    }
}
