using KipuHub.Contract;
using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>One change to a table, and how to take it back.</summary>
/// <param name="Table">The table changed.</param>
/// <param name="Key">The row's key.</param>
/// <param name="Before">The row before the change; null when the change added it.</param>
/// <param name="Index">Where the row stood before it was removed, so a rollback puts it back in place.</param>
internal readonly record struct Undo(HubTable Table, string Key, object? Before, int Index);

/// <summary>The rows of one table in one store, in a stable order (the order they were added).</summary>
internal abstract class HubTable
{
    public abstract TableDef Def { get; }

    public abstract int Count { get; }

    /// <summary>Moves on with every change of the rows (including rollbacks and loads), so indexes over them know when to rebuild.</summary>
    internal long Changes { get; private protected set; }

    internal abstract IEnumerable<object> UntypedRows { get; }

    internal abstract object? FindUntyped(string key);

    /// <summary>Removes a row without cascading or logging; the store's delete does both.</summary>
    internal abstract object? Take(string key, out int index);

    internal abstract void Revert(in Undo undo);

    /// <summary>A copy that shares the (immutable) rows.</summary>
    internal abstract HubTable CopyFor(FakeHubStore store);

    /// <summary>Replaces every row with those of <paramref name="source"/>, in its order.</summary>
    internal abstract void LoadFrom(HubTable source);

    /// <summary>Puts the rows whose keys <paramref name="order"/> names first, in that order; the others follow as they were.</summary>
    internal abstract void Reorder(IReadOnlyList<string> order);

    internal abstract void AddUntyped(object row);
}

/// <summary>The rows of one table. Every change is logged in the store's open write, which takes it back on failure.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class HubTable<T> : HubTable where T : class
{
    private readonly TableDef<T> _def;
    private readonly FakeHubStore _store;
    private OrderedDictionary<string, T> _rows = new(StringComparer.Ordinal);
    private ShareIndex? _shares;

    public HubTable(TableDef<T> def, FakeHubStore store)
    {
        _def = def;
        _store = store;
    }

    public override TableDef Def => _def;

    public override int Count => _rows.Count;

    /// <summary>Every row, in table order.</summary>
    public IEnumerable<T> Rows => _rows.Values;

    internal override IEnumerable<object> UntypedRows => _rows.Values;

    public T? Find(string key) => _rows.GetValueOrDefault(key);

    /// <summary>
    /// The row, if the caller's tenant owns it or it is shared with that tenant with a role that allows what the
    /// request does (<see cref="Caller.Needs"/>); otherwise a not-found failure that says where to look, or a denial
    /// for a shared row the caller's effective role does not allow.
    /// </summary>
    public Result<T> Find(Caller caller, string key)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            if (_def.TenantOf(row, _store) == caller.TenantId)
            {
                return row;
            }
            if (SharedWith(caller.TenantId) is { } grants && grants.TryGetValue(key, out var granted))
            {
                var effective = Roles.Lower(caller.Role, granted);
                return Roles.Allows(effective, caller.Needs)
                    ? row
                    : Failure.Denied($"{_def.Noun} '{Echo.Of(key)}' is shared with {caller.DescribeTenant()} as {granted}; user '{caller.Username}' " +
                        $"acts on it as {effective} and this needs {caller.Needs} or higher (VIEWER reads, MAINTAINER writes, OWNER deletes).");
            }
        }
        return Failure.NotFound($"{_def.Noun} '{Echo.Of(key)}' was not found in {caller.DescribeTenant()}." +
            (_def.ListEndpoint is { } list ? $" {list.Method} {list.PathTemplate} lists what the account can see; {Selector(list)}." : ""));
    }

    // An organization's own routes name it in the path; the others act in the account X-OrganizationId names.
    private static string Selector(HubEndpoint list) =>
        list.OrganizationParameter is { } inPath ? $"{{{inPath}}} in the path selects the organization" : "X-OrganizationId selects the account";

    /// <summary>Whether the caller's tenant owns the row (a share does not count).</summary>
    public bool IsOwnedBy(Caller caller, T row) => _def.TenantOf(row, _store) == caller.TenantId;

    /// <summary>The caller's role on a row it can see: its role in the tenant, capped by the share's role for a shared row.</summary>
    public PermissionRole RoleOf(Caller caller, T row) =>
        _def.TenantOf(row, _store) != caller.TenantId && SharedWith(caller.TenantId) is { } grants && grants.TryGetValue(_def.Key(row), out var granted)
            ? Roles.Lower(caller.Role, granted)
            : caller.Role;

    /// <summary>The rows the caller's tenant owns or has been shared, in creation order when the table declares one.</summary>
    public List<T> VisibleTo(Caller caller)
    {
        var visible = new List<T>();
        var shared = SharedWith(caller.TenantId);
        foreach (var row in _rows.Values)
        {
            if (_def.TenantOf(row, _store) == caller.TenantId || shared?.ContainsKey(_def.Key(row)) == true)
            {
                visible.Add(row);
            }
        }
        if (_def.CreatedAt is { } createdAt)
        {
            visible.Sort((x, y) => createdAt(x).CompareTo(createdAt(y)) is var order && order != 0
                ? order
                : string.CompareOrdinal(_def.Key(x), _def.Key(y)));
        }
        return visible;
    }

    /// <summary>The rows shared with a tenant and their roles; rebuilt only after the share table changed. Callers hold the lock.</summary>
    private Dictionary<string, PermissionRole>? SharedWith(string tenantId)
    {
        if (_def.Sharing is not { } sharing)
        {
            return null;
        }
        var shares = _store.TableAt(sharing.Shares);
        if (_shares is null || !_shares.IsCurrentFor(shares))
        {
            _shares = new ShareIndex(shares, shares.Changes, sharing.Index(shares.UntypedRows));
        }
        return _shares.For(tenantId);
    }

    /// <summary>Adds a new row; its key must be new.</summary>
    public void Add(T row)
    {
        var key = _def.Key(row);
        _store.Log(new Undo(this, key, null, -1));
        Changes++;
        if (!_rows.TryAdd(key, row))
        {
            throw new InvalidOperationException($"{_def.Name} already has a row '{key}'.");
        }
    }

    /// <summary>Replaces the row with the same key.</summary>
    public void Replace(T row)
    {
        var key = _def.Key(row);
        var before = _rows.GetValueOrDefault(key) ?? throw new InvalidOperationException($"{_def.Name} has no row '{key}' to replace.");
        _store.Log(new Undo(this, key, before, -1));
        Changes++;
        _rows[key] = row;
    }

    /// <summary>Deletes a row and every row that points at it, in any table.</summary>
    public bool Delete(string key) => _store.Delete(_def, key);

    internal override object? FindUntyped(string key) => _rows.GetValueOrDefault(key);

    internal override object? Take(string key, out int index)
    {
        index = _rows.IndexOf(key);
        if (index < 0)
        {
            return null;
        }
        var row = _rows.GetAt(index).Value;
        _rows.RemoveAt(index);
        Changes++;
        return row;
    }

    internal override void Revert(in Undo undo)
    {
        Changes++;
        if (undo.Before is null)
        {
            _rows.Remove(undo.Key);
        }
        else if (undo.Index >= 0)
        {
            _rows.Insert(undo.Index, undo.Key, (T)undo.Before);
        }
        else
        {
            _rows[undo.Key] = (T)undo.Before;
        }
    }

    internal override HubTable CopyFor(FakeHubStore store)
    {
        var copy = new HubTable<T>(_def, store);
        copy._rows = new OrderedDictionary<string, T>(_rows, StringComparer.Ordinal);
        return copy;
    }

    internal override void LoadFrom(HubTable source)
    {
        _rows = new OrderedDictionary<string, T>(((HubTable<T>)source)._rows, StringComparer.Ordinal);
        Changes++;
    }

    internal override void Reorder(IReadOnlyList<string> order)
    {
        var reordered = new OrderedDictionary<string, T>(_rows.Count, StringComparer.Ordinal);
        foreach (var key in order)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                reordered.Add(key, row);
            }
        }
        foreach (var (key, row) in _rows)
        {
            reordered.TryAdd(key, row);
        }
        _rows = reordered;
        Changes++;
    }

    internal override void AddUntyped(object row)
    {
        _rows.Add(_def.Key((T)row), (T)row);
        Changes++;
    }
}
