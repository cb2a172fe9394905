using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>Which arranged list a request reads: the endpoint, who asks in which tenant, and its sorts and filters.</summary>
/// <param name="Route">The catalog id of a list endpoint without path parameters.</param>
/// <param name="UserId">The caller; some lists (accounts) depend on who asks, not only on the tenant.</param>
/// <param name="TenantId">The tenant the request acts in; tenants never share an entry.</param>
/// <param name="Role">The caller's role there, which the items carry (currentUserPermission).</param>
/// <param name="Arrangement">The request's sorts and filters (<c>HubQuery.ArrangementKey</c>).</param>
internal readonly record struct ListKey(string Route, string UserId, string TenantId, PermissionRole Role, string Arrangement);

/// <summary>
/// The filtered and sorted lists the store answered, and the bytes of the pages cut from them, valid for one store
/// version. Reading every page of a list then projects and sorts it once, not once per page, and a repeated page is
/// written from its bytes. Any write, reset or restore moves the store's version, which empties the cache on the
/// next use, so no answer ever comes from an older state than the one the request could see.
/// </summary>
internal sealed class ListCache
{
    /// <summary>Enough for every list of a few tenants under several sorts; past it the cache starts over.</summary>
    private const int MaxViews = 256;

    /// <summary>Pages above this size are cheap to cut again relative to their size, and would crowd out the rest.</summary>
    private const int MaxPageBytes = 256 * 1024;

    private const long MaxTotalPageBytes = 8 * 1024 * 1024;

    private readonly Lock _sync = new();
    private readonly Dictionary<ListKey, ListView> _views = [];
    private long _version = -1;
    private long _pageBytes;
    private long _viewsBuilt;
    private long _itemsArranged;

    /// <summary>How many arranged lists were built (cache misses); tests count it to prove paging is linear.</summary>
    public long ViewsBuilt => Interlocked.Read(ref _viewsBuilt);

    /// <summary>How many items went into those lists, summed: the projection and sorting work done.</summary>
    public long ItemsArranged => Interlocked.Read(ref _itemsArranged);

    /// <summary>
    /// The arranged list for <paramref name="key"/> at store version <paramref name="version"/>, if cached, and the
    /// bytes of the page (<paramref name="page"/>, <paramref name="size"/>) of it, if cut before; one lock for both.
    /// </summary>
    public ListView? Find(in ListKey key, long version, int page, int size, out byte[]? pageBytes)
    {
        lock (_sync)
        {
            pageBytes = null;
            if (version != _version || !_views.TryGetValue(key, out var view))
            {
                return null;
            }
            pageBytes = view.Pages.GetValueOrDefault((page, size));
            return view;
        }
    }

    /// <summary>
    /// Keeps a list arranged from the store's state at <paramref name="version"/>. A newer version drops everything
    /// older; a list from an older version than the cache's is not kept (it still answers its own request).
    /// </summary>
    public ListView Add(in ListKey key, long version, object items, int count)
    {
        Interlocked.Increment(ref _viewsBuilt);
        Interlocked.Add(ref _itemsArranged, count);
        var view = new ListView(items, version);
        lock (_sync)
        {
            if (version > _version)
            {
                Clear(version);
            }
            if (version == _version)
            {
                if (_views.Count >= MaxViews)
                {
                    Clear(version);
                }
                _views[key] = view;
            }
        }
        return view;
    }

    /// <summary>Keeps the bytes of one page while the view is current and the byte budget allows.</summary>
    public void AddPage(ListView view, int page, int size, byte[] bytes)
    {
        if (bytes.Length > MaxPageBytes)
        {
            return;
        }
        lock (_sync)
        {
            if (view.Version == _version && _pageBytes + bytes.Length <= MaxTotalPageBytes && view.Pages.TryAdd((page, size), bytes))
            {
                _pageBytes += bytes.Length;
            }
        }
    }

    /// <summary>As a new cache: empty, with its counters at zero.</summary>
    public void Restart()
    {
        lock (_sync)
        {
            Clear(-1);
            Interlocked.Exchange(ref _viewsBuilt, 0);
            Interlocked.Exchange(ref _itemsArranged, 0);
        }
    }

    private void Clear(long version)
    {
        _views.Clear();
        _pageBytes = 0;
        _version = version;
    }
}

/// <summary>One arranged list (a <c>List&lt;T&gt;</c> of the endpoint's result type) and the bytes of its pages.</summary>
internal sealed class ListView(object items, long version)
{
    public object Items { get; } = items;

    /// <summary>The store version the list was read at.</summary>
    public long Version { get; } = version;

    /// <summary>Page bytes by (page, size); (-1, -1) for a plain array. Guarded by the cache's lock.</summary>
    public Dictionary<(int Page, int Size), byte[]> Pages { get; } = [];
}
