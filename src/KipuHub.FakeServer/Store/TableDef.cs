using KipuHub.Contract;

namespace KipuHub.FakeServer.Store;

/// <summary>Finds a row of any table by key: the live store, or a saved state such as the seed.</summary>
internal interface IRowLookup
{
    object? Find(TableDef table, string key);

    /// <summary>Every row of a table, untyped, in table order.</summary>
    IEnumerable<object> RowsOf(TableDef table);
}

/// <summary>
/// The declaration of one collection of the store: its key, how its rows belong to a tenant, which rows of other
/// tables they point at, and how it is named in messages. Reset, per-tenant reset, tenant removal, snapshots, the
/// fingerprint, seed info and reference integrity all work from these declarations, so a namespace adds a table by
/// declaring it, not by editing them.
/// </summary>
internal abstract class TableDef(string name)
{
    /// <summary>The table's name in seed info and the fingerprint, for example <c>services</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The table's slot in every store of the schema; set when the schema is built.</summary>
    internal int Index { get; set; } = -1;

    /// <summary>The singular noun of a row in messages, for example <c>Service</c>.</summary>
    public string Noun { get; protected set; } = name;

    /// <summary>The list endpoint that shows a caller the rows it can see, named in not-found messages.</summary>
    public HubEndpoint? ListEndpoint { get; protected set; }

    /// <summary>Whether rows belong to a tenant, directly or through the row they belong to.</summary>
    public abstract bool IsTenantOwned { get; }

    /// <summary>The tables this one's rows point at; deleting a row there deletes the rows here that point at it.</summary>
    public abstract IReadOnlyList<TableDef> Targets { get; }

    internal abstract Type RowType { get; }

    internal abstract string KeyOf(object row);

    /// <summary>The tenant a row belongs to, or null for a row of no tenant (users, the taxonomy).</summary>
    internal abstract string? TenantOf(object row, IRowLookup rows);

    /// <summary>Whether every row the row points at exists, and the table's own invariant holds.</summary>
    internal abstract bool IsIntact(object row, IRowLookup rows);

    /// <summary>The keys a row points at in <paramref name="target"/>.</summary>
    internal abstract IEnumerable<string> KeysIn(object row, TableDef target);

    internal abstract HubTable CreateTable(FakeHubStore store);

    /// <summary>How rows are shared with other tenants, or null when they never are.</summary>
    internal SharingDef? Sharing { get; private protected set; }

    public override string ToString() => Name;
}

/// <summary>The declaration of a table of <typeparamref name="T"/> rows; rows are immutable records.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class TableDef<T>(string name, Func<T, string> key) : TableDef(name) where T : class
{
    private readonly List<(TableDef Target, Func<T, string?> Key)> _references = [];
    private Func<T, string>? _tenant;
    private (TableDef Table, Func<T, string> Key)? _owner;
    private Func<T, IRowLookup, bool>? _invariant;

    public Func<T, string> Key { get; } = key;

    /// <summary>How rows are put in creation order for lists; null keeps the table's order.</summary>
    public Func<T, DateTimeOffset>? CreatedAt { get; private set; }

    public override bool IsTenantOwned => _tenant is not null || _owner is not null;

    public override IReadOnlyList<TableDef> Targets => [.. _references.Select(r => r.Target).Distinct()];

    internal override Type RowType => typeof(T);

    /// <summary>Rows belong to the tenant this returns.</summary>
    public TableDef<T> OwnedByTenant(Func<T, string> tenant)
    {
        _tenant = tenant;
        return this;
    }

    /// <summary>Rows belong to the tenant of the <paramref name="parent"/> row they point at, and go with it.</summary>
    public TableDef<T> OwnedThrough<TParent>(TableDef<TParent> parent, Func<T, string> key) where TParent : class
    {
        _owner = (parent, key);
        return References(parent, key);
    }

    /// <summary>Rows point at a <paramref name="target"/> row; they are deleted with it, and never left dangling.</summary>
    public TableDef<T> References<TTarget>(TableDef<TTarget> target, Func<T, string?> key) where TTarget : class
    {
        _references.Add((target, key));
        return this;
    }

    /// <summary>
    /// Rows are also visible to the tenants that rows of <paramref name="shares"/> name, with the role they grant
    /// (capped by the caller's role in that tenant). The share table references this one, so shares go with their row.
    /// </summary>
    public TableDef<T> SharedThrough<TShare>(TableDef<TShare> shares, Func<TShare, string> resource, Func<TShare, string> tenant,
        Func<TShare, KipuHub.Models.PermissionRole> role) where TShare : class
    {
        Sharing = new SharingDef(shares, r => resource((TShare)r), r => tenant((TShare)r), r => role((TShare)r));
        return this;
    }

    /// <summary>A rule every row keeps; a row that breaks it after a reset or tenant removal is deleted.</summary>
    public TableDef<T> Invariant(Func<T, IRowLookup, bool> holds)
    {
        _invariant = holds;
        return this;
    }

    /// <summary>How messages name a row, and the list endpoint that shows a caller its rows.</summary>
    public TableDef<T> NamedAs(string noun, HubEndpoint list)
    {
        Noun = noun;
        ListEndpoint = list;
        return this;
    }

    /// <summary>Lists show rows in creation order (ties by key).</summary>
    public TableDef<T> OrderedBy(Func<T, DateTimeOffset> createdAt)
    {
        CreatedAt = createdAt;
        return this;
    }

    internal override string KeyOf(object row) => Key((T)row);

    internal override string? TenantOf(object row, IRowLookup rows) => TenantOf((T)row, rows);

    /// <summary>
    /// Whether a share opens the row to <paramref name="tenantId"/>. A scan of the share table, for rules that must also
    /// hold in a state that is not the store's (an invariant); a request's reads go through the store's share index.
    /// </summary>
    public bool IsSharedWith(T row, string? tenantId, IRowLookup rows) =>
        Sharing is { } sharing && tenantId is not null && rows.RowsOf(sharing.Shares).Any(share => sharing.Opens(share, Key(row), tenantId));

    public string? TenantOf(T row, IRowLookup rows)
    {
        if (_tenant is not null)
        {
            return _tenant(row);
        }
        if (_owner is { } owner)
        {
            return rows.Find(owner.Table, owner.Key(row)) is { } parent ? owner.Table.TenantOf(parent, rows) : null;
        }
        return null;
    }

    internal override bool IsIntact(object row, IRowLookup rows)
    {
        var typed = (T)row;
        foreach (var (target, keyOf) in _references)
        {
            if (keyOf(typed) is { } key && rows.Find(target, key) is null)
            {
                return false;
            }
        }
        return _invariant?.Invoke(typed, rows) ?? true;
    }

    internal override IEnumerable<string> KeysIn(object row, TableDef target)
    {
        foreach (var (to, keyOf) in _references)
        {
            if (to == target && keyOf((T)row) is { } key)
            {
                yield return key;
            }
        }
    }

    internal override HubTable CreateTable(FakeHubStore store) => new HubTable<T>(this, store);
}
