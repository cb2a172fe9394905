using KipuHub.Contract.Tool.Model;

namespace KipuHub.Contract.Tool.Diff;

/// <summary>
/// What one run collects: the differences in the order found, and the DTOs and enums already compared (each is
/// reported once, under the first endpoint that reaches it).
/// </summary>
internal sealed class DiffContext(ClientTypes types)
{
    private readonly List<Difference> _differences = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public ClientTypes Types { get; } = types;

    public HashSet<Type> ComparedDtos { get; } = [];

    public HashSet<Type> ComparedEnums { get; } = [];

    public IReadOnlyList<Difference> Differences => _differences;

    public void Add(DiffGroup group, string key, string? detail = null)
    {
        if (_keys.Add(key))
        {
            _differences.Add(new Difference(group, key, detail));
        }
    }
}
