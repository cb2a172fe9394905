using System.Reflection;
using KipuHub.Contract;

namespace KipuHub.Fluent.Tests.Contract;

/// <summary>
/// The fluent surface as a caller reaches it: the client's namespace properties, and every fluent class reachable from
/// them (<c>hub.Services.Version(s, v)</c>, <c>hub.DataPools.Files(id)</c>). Found by walking the public API, so tests
/// over it cover a new namespace without a hand-kept list.
/// </summary>
internal static class FluentSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>The namespace properties of <see cref="HubPlatformClient"/>: each returns a fluent class.</summary>
    public static IReadOnlyList<PropertyInfo> NamespaceProperties { get; } =
        [.. typeof(HubPlatformClient).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => IsFluent(p.PropertyType))];

    /// <summary>One instance of every fluent class, reached from <paramref name="hub"/> with placeholder ids (r0, r1, ...).</summary>
    public static IReadOnlyDictionary<Type, object> Receivers(HubPlatformClient hub)
    {
        var found = new Dictionary<Type, object>();
        var pending = new Queue<object>(NamespaceProperties.Select(p => p.GetValue(hub)!));
        while (pending.TryDequeue(out var receiver))
        {
            if (!found.TryAdd(receiver.GetType(), receiver))
            {
                continue;
            }
            foreach (var method in receiver.GetType().GetMethods(Declared).Where(m => IsFluent(m.ReturnType) && !found.ContainsKey(m.ReturnType)))
            {
                var arguments = method.GetParameters().Select((p, i) => p.ParameterType == typeof(string) ? (object)$"r{i}" : null).ToArray();
                if (arguments.All(a => a is not null))
                {
                    pending.Enqueue(method.Invoke(receiver, arguments)!);
                }
            }
        }
        return found;
    }

    /// <summary>Every public method that names a catalog entry, on every fluent class.</summary>
    public static IReadOnlyList<MethodInfo> Operations { get; } = [.. typeof(HubPlatformClient).Assembly.GetExportedTypes()
        .SelectMany(t => t.GetMethods(Declared))
        .Where(m => m.IsDefined(typeof(HubOperationAttribute)))];

    /// <summary>A class of KipuHub.Fluent with at least one method that names a catalog entry.</summary>
    public static bool IsFluent(Type type) =>
        type.Assembly == typeof(HubPlatformClient).Assembly && type.GetMethods(Declared).Any(m => m.IsDefined(typeof(HubOperationAttribute)));
}
