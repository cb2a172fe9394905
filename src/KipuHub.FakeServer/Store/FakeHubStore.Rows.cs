namespace KipuHub.FakeServer.Store;

// The reads and deletes that every table of tenant-owned rows answers the same way: what the caller's tenant owns is
// listed, found or deleted; anything else is not found. Modules write only their projections and their own rules.
internal sealed partial class FakeHubStore
{
    /// <summary>The rows of <paramref name="def"/> the caller's tenant owns, in creation order, each projected.</summary>
    public IReadOnlyList<TDto> ListOwned<T, TDto>(TableDef<T> def, Caller caller, Func<T, TDto> project) where T : class
    {
        using var read = Reading();
        return [.. Table(def).VisibleTo(caller).Select(project)];
    }

    /// <summary>The row, projected, if the caller's tenant owns it; otherwise not found.</summary>
    public Result<TDto> GetOwned<T, TDto>(TableDef<T> def, Caller caller, string key, Func<T, TDto> project) where T : class
    {
        using var read = Reading();
        var found = Table(def).Find(caller, key);
        return found.Failure ?? (Result<TDto>)project(found.Value!);
    }

    /// <summary>Deletes the row, and what points at it, if the caller's tenant owns it; otherwise not found.</summary>
    public Failure? DeleteOwned<T>(TableDef<T> def, Caller caller, string key) where T : class
    {
        using var write = Writing();
        var table = Table(def);
        if (table.Find(caller, key).Failure is { } failure)
        {
            return write.Commit(failure);
        }
        table.Delete(key);
        Tick();
        return write.Commit();
    }
}
