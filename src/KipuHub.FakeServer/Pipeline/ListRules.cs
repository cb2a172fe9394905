using System.Collections.Concurrent;
using System.Reflection;
using KipuHub.Contract;
using KipuHub.FakeServer.Store;
using Microsoft.Extensions.Primitives;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// Typed readers of the members the contract lets a list sort and filter on, built once per (type, member) from the
/// catalog's declarations at start-up. Arranging a list then calls plain delegates: no reflection per item and no
/// serialization per comparison. Every rule keeps the semantics of the reflective code it replaces (see
/// <see cref="HubQuery"/>): nulls first, strings ignoring case then ordinal, same-type comparables, and the JSON wire
/// text for everything else.
/// </summary>
internal static class ListRules
{
    private static readonly ConcurrentDictionary<(Type Type, string Member), object> s_sorts = new();
    private static readonly ConcurrentDictionary<(Type Type, string Member, HubFilterKind Kind), object> s_filters = new();
    private static readonly ConcurrentDictionary<Type, object> s_ids = new();
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>?> s_known = new();

    /// <summary>Builds the rules of every catalog list, so the first request of each pays nothing.</summary>
    public static void Prepare(IEnumerable<HubEndpoint> catalog)
    {
        foreach (var endpoint in catalog)
        {
            if (endpoint.ResultType is not { } type || (endpoint.Sorts.Count == 0 && endpoint.Filters.Count == 0))
            {
                continue;
            }
            Invoke(nameof(PrepareFor), type, endpoint);
        }
    }

    /// <summary>
    /// For an <c>==</c> filter on an open enum, a failure naming the accepted values when the caller sent another one:
    /// the server knows its values, so <c>lifecycle=FOO</c> is a mistake to report, not a filter that matches nothing.
    /// </summary>
    public static Failure? UnknownValue(HubEndpoint endpoint, HubFilter filter, StringValues values)
    {
        if (filter.Kind != HubFilterKind.Equals || endpoint.ResultType?.GetProperty(filter.Member)?.PropertyType is not { } type
            || KnownValues(type) is not { } known)
        {
            return null;
        }
        foreach (var value in values)
        {
            if (value is null || !known.Contains(value))
            {
                return Failure.Malformed($"Query parameter '{filter.QueryName}' must be one of {string.Join(", ", known)}; got '{Echo.Of(value)}'.");
            }
        }
        return null;
    }

    /// <summary>The values an open enum declares (its static properties of its own type), or null for any other type.</summary>
    private static IReadOnlyList<string>? KnownValues(Type type) => s_known.GetOrAdd(Nullable.GetUnderlyingType(type) ?? type, static t =>
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(KipuHub.Models.IHubEnum<>))
            ? [.. t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == t).Select(p => p.GetValue(null)!.ToString()!)]
            : null);

    /// <summary>Orders two items by one declared member, ascending.</summary>
    public static Comparison<T> Sort<T>(string member) =>
        (Comparison<T>)s_sorts.GetOrAdd((typeof(T), member), static key => BuildSort<T>(key.Member));

    /// <summary>Whether an item matches one of the values the caller sent for a filter.</summary>
    public static Func<T, IReadOnlyList<string>, bool> Filter<T>(HubFilter filter) =>
        (Func<T, IReadOnlyList<string>, bool>)s_filters.GetOrAdd((typeof(T), filter.Member, filter.Kind),
            static key => BuildFilter<T>(key.Member, key.Kind));

    /// <summary>The item's string <c>Id</c>, the tie-break that makes every order total; null when the type has none.</summary>
    public static Func<T, string?> Id<T>() => (Func<T, string?>)s_ids.GetOrAdd(typeof(T), static _ => BuildId<T>());

    private static void PrepareFor<T>(HubEndpoint endpoint)
    {
        foreach (var sort in endpoint.Sorts)
        {
            _ = Sort<T>(sort.Member);
        }
        foreach (var filter in endpoint.Filters)
        {
            _ = Filter<T>(filter);
        }
        _ = Id<T>();
    }

    private static PropertyInfo? Property<T>(string member) =>
        typeof(T).GetProperty(member, BindingFlags.Public | BindingFlags.Instance) is { GetMethod: not null } property
            && property.GetIndexParameters().Length == 0 ? property : null;

    private static object BuildSort<T>(string member) => Property<T>(member) is { } property
        ? Invoke(nameof(SortBy), typeof(T), property, property.PropertyType)
        : (Comparison<T>)((_, _) => 0); // an unknown member reads as null on both sides

    private static Comparison<T> SortBy<T, TValue>(PropertyInfo property)
    {
        var read = property.GetMethod!.CreateDelegate<Func<T, TValue>>();
        var compare = ValueComparison<TValue>();
        return (x, y) => compare(read(x), read(y));
    }

    private static object BuildFilter<T>(string member, HubFilterKind kind) => Property<T>(member) is { } property
        ? Invoke(kind == HubFilterKind.Contains ? nameof(ContainsFilter) : nameof(EqualsFilter), typeof(T), property, property.PropertyType)
        : (Func<T, IReadOnlyList<string>, bool>)((_, _) => false); // an unknown member reads as null, which matches nothing

    private static Func<T, IReadOnlyList<string>, bool> ContainsFilter<T, TValue>(PropertyInfo property)
    {
        var read = property.GetMethod!.CreateDelegate<Func<T, TValue>>();
        if (typeof(TValue).IsValueType)
        {
            return (_, _) => false; // only a string can contain text
        }
        return (item, values) => read(item) is string text && AnyContained(text, values);
    }

    private static Func<T, IReadOnlyList<string>, bool> EqualsFilter<T, TValue>(PropertyInfo property)
    {
        var read = property.GetMethod!.CreateDelegate<Func<T, TValue>>();
        var wire = WireText<TValue>();
        return (item, values) => wire(read(item)) is { } text && AnyEqual(text, values);
    }

    private static bool AnyContained(string text, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (text.Contains(values[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyEqual(string text, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], text, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static object BuildId<T>() => Property<T>("Id") is { } property
        ? Invoke(nameof(IdOf), typeof(T), property, property.PropertyType)
        : (Func<T, string?>)(_ => null);

    private static Func<T, string?> IdOf<T, TValue>(PropertyInfo property)
    {
        var read = property.GetMethod!.CreateDelegate<Func<T, TValue>>();
        // The reflective tie-break read the id 'as string': any other type counts as null.
        return typeof(TValue) == typeof(string) ? (Func<T, string?>)(object)read : item => read(item) as string;
    }

    /// <summary>The comparison of two member values, as HubQuery's reflective CompareValues did it on the boxed values.</summary>
    private static Comparison<TValue> ValueComparison<TValue>()
    {
        var type = typeof(TValue);
        if (type == typeof(string))
        {
            return (Comparison<TValue>)(object)(Comparison<string?>)CompareStrings;
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return (Comparison<TValue>)Invoke(nameof(NullableComparison), underlying);
        }
        if (type.IsValueType && typeof(IComparable).IsAssignableFrom(type))
        {
            // A boxed struct is never null and both sides have the same type, so CompareTo decided.
            var comparer = Comparer<TValue>.Default;
            return comparer.Compare;
        }
        if (type.IsValueType)
        {
            var wire = WireText<TValue>();
            return (x, y) => string.CompareOrdinal(wire(x), wire(y));
        }
        return (x, y) => HubQuery.CompareValues(x, y);
    }

    private static Comparison<TValue?> NullableComparison<TValue>() where TValue : struct
    {
        var inner = ValueComparison<TValue>();
        return (x, y) => x is { } a ? (y is { } b ? inner(a, b) : 1) : (y is null ? 0 : -1);
    }

    private static int CompareStrings(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var ignoringCase = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return ignoringCase != 0 ? ignoringCase : string.CompareOrdinal(x, y);
    }

    /// <summary>
    /// A value's JSON wire text, as <see cref="HubQuery.WireValue"/> gives it. A well-formed string is its own wire
    /// text; a struct's text is serialized once per distinct value and remembered (filter members are enum-like);
    /// anything else is serialized as before.
    /// </summary>
    private static Func<TValue, string?> WireText<TValue>()
    {
        if (typeof(TValue) == typeof(string))
        {
            return (Func<TValue, string?>)(object)(Func<string?, string?>)(text =>
                text is null ? null : text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? HubQuery.WireValue(text) : text);
        }
        if (typeof(TValue).IsValueType && Nullable.GetUnderlyingType(typeof(TValue)) is null)
        {
            return (Func<TValue, string?>)Invoke(nameof(MemoFor), typeof(TValue));
        }
        return value => HubQuery.WireValue(value);
    }

    private static Func<TValue, string?> MemoFor<TValue>() where TValue : struct => new WireMemo<TValue>().Get;

    private static object Invoke(string method, Type type, params object[] arguments) => Invoke(method, [type], arguments);

    private static object Invoke(string method, Type type, PropertyInfo property, Type valueType) =>
        Invoke(method, [type, valueType], [property]);

    private static object Invoke(string method, Type[] types, object[] arguments) =>
        typeof(ListRules).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(types).Invoke(null, arguments)!;

    /// <summary>Wire texts of struct values, bounded so a member with many distinct values cannot grow it without end.</summary>
    private sealed class WireMemo<TValue> where TValue : struct
    {
        private const int MaxEntries = 4096;
        private readonly ConcurrentDictionary<TValue, string?> _texts = new();

        public string? Get(TValue value)
        {
            if (_texts.TryGetValue(value, out var text))
            {
                return text;
            }
            text = HubQuery.WireValue(value);
            if (_texts.Count < MaxEntries)
            {
                _texts.TryAdd(value, text);
            }
            return text;
        }
    }
}
