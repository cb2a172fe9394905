using KipuHub.FakeServer.Faults;

namespace KipuHub.FakeServer;

/// <summary>The faults of a fake server: add, list, remove. The same controls are at <c>/_admin/faults</c>.</summary>
public sealed class FakeHubFaults
{
    private readonly FaultRegistry _registry;

    internal FakeHubFaults(FaultRegistry registry) => _registry = registry;

    /// <summary>Installs a fault; it applies from the next call on.</summary>
    /// <param name="fault">The fault.</param>
    /// <returns>Its id, for <see cref="Remove"/> and the journal.</returns>
    /// <exception cref="ArgumentException">The fault is invalid (unknown route, no effect, a value out of range).</exception>
    public string Add(FakeHubFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var added = _registry.Add(fault);
        return added.Failure is { } error ? throw new ArgumentException(error.Message, nameof(fault)) : added.Value!.Id;
    }

    /// <summary>The installed faults with their hit counters, in the order they were added.</summary>
    public IReadOnlyList<FakeHubFaultStatus> List() => _registry.List();

    /// <summary>Removes one fault.</summary>
    /// <param name="id">The id <see cref="Add"/> returned.</param>
    /// <returns>Whether it was installed.</returns>
    public bool Remove(string id) => _registry.Remove(id);

    /// <summary>Removes every fault.</summary>
    public void Clear() => _registry.Clear();
}
