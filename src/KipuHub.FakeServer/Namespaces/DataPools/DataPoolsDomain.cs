using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.DataPools;

/// <summary>An uploaded file as the store receives it: the name from the request, if any, its media type and bytes.</summary>
internal sealed record FileUpload(string? FileName, string ContentType, byte[] Bytes);

/// <summary>
/// The data pools rules: names of 1 to 255 characters, file names unique within a pool. A pool shared with the caller's
/// tenant (data_pool_shares) is found like an owned one, with the effective role the store checks against the request's.
/// </summary>
internal static class DataPoolsDomain
{
    public static IReadOnlyList<DataPool> List(FakeHubStore store, Caller caller) =>
        store.ListOwned(DataPoolsModule.DataPools, caller, p => Dto(store, p, caller));

    public static Result<DataPool> Create(FakeHubStore store, Caller caller, CreateDataPoolRequest request)
    {
        if (Validation.Name(request.Name, "data pool") is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var pool = new DataPoolRecord { Id = store.NextId(), TenantId = caller.TenantId, Name = request.Name!, CreatedAt = store.Tick() };
        store.Table(DataPoolsModule.DataPools).Add(pool);
        return write.Commit<DataPool>(Dto(store, pool, caller));
    }

    public static Result<DataPool> Get(FakeHubStore store, Caller caller, string dataPoolId) =>
        store.GetOwned(DataPoolsModule.DataPools, caller, dataPoolId, p => Dto(store, p, caller));

    /// <summary>Changes the fields the request names; omitted (null) fields keep their value.</summary>
    public static Result<DataPool> Update(FakeHubStore store, Caller caller, string dataPoolId, UpdateDataPoolRequest request)
    {
        if (request.Name is not null && Validation.Name(request.Name, "data pool") is { } problem)
        {
            return problem;
        }
        if (request.ShortDescription?.Length > Validation.MaxNameLength)
        {
            return Failure.Invalid($"The 'shortDescription' is {request.ShortDescription.Length} characters long; at most {Validation.MaxNameLength} are allowed.");
        }
        using var write = store.Writing();
        var pools = store.Table(DataPoolsModule.DataPools);
        var found = pools.Find(caller, dataPoolId);
        if (found.Failure is { } failure)
        {
            return write.Commit<DataPool>(failure);
        }
        var pool = found.Value! with
        {
            Name = request.Name ?? found.Value.Name,
            ShortDescription = request.ShortDescription ?? found.Value.ShortDescription,
            Description = request.Description ?? found.Value.Description,
        };
        pools.Replace(pool);
        store.Tick();
        return write.Commit<DataPool>(Dto(store, pool, caller));
    }

    /// <summary>Deletes the data pool with its files.</summary>
    public static Failure? Delete(FakeHubStore store, Caller caller, string dataPoolId) =>
        store.DeleteOwned(DataPoolsModule.DataPools, caller, dataPoolId);

    public static Result<IReadOnlyList<DataPoolFile>> ListFiles(FakeHubStore store, Caller caller, string dataPoolId)
    {
        using var read = store.Reading();
        var found = store.Table(DataPoolsModule.DataPools).Find(caller, dataPoolId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return found.Value!.Files.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => FileDto(found.Value, f)).ToList();
    }

    /// <summary>Adds an uploaded file, named by <paramref name="fileName"/> if given, else by the part's file name.</summary>
    public static Result<DataPoolFile> AddFile(FakeHubStore store, Caller caller, string dataPoolId, FileUpload upload, string? fileName)
    {
        if (fileName is not null && string.IsNullOrWhiteSpace(fileName))
        {
            return Failure.Malformed("Query parameter 'filename' is empty; omit it to keep the uploaded part's file name.");
        }
        var name = fileName ?? upload.FileName ?? "file";
        if (name.Length > Validation.MaxNameLength)
        {
            return Failure.Invalid($"The file name is {name.Length} characters long; at most {Validation.MaxNameLength} are allowed.");
        }
        using var write = store.Writing();
        var pools = store.Table(DataPoolsModule.DataPools);
        var found = pools.Find(caller, dataPoolId);
        if (found.Failure is { } failure)
        {
            return write.Commit<DataPoolFile>(failure);
        }
        var pool = found.Value!;
        if (pool.Files.FirstOrDefault(f => f.Name == name) is { } existing)
        {
            return write.Commit<DataPoolFile>(Failure.Conflict($"Data pool '{Echo.Of(dataPoolId)}' already has a file named '{name}' ('{existing.Id}'). " +
                "Delete it first, or pass another name in the 'filename' query parameter."));
        }
        var file = new FileRecord { Id = store.NextId(), Name = name, ContentType = upload.ContentType, Bytes = upload.Bytes, CreatedAt = store.Tick() };
        pools.Replace(pool with { Files = [.. pool.Files, file] });
        return write.Commit<DataPoolFile>(FileDto(pool, file));
    }

    /// <summary>A stored file's bytes, media type and name.</summary>
    public static Result<(byte[] Bytes, string ContentType, string? FileName)> GetFile(FakeHubStore store, Caller caller, string dataPoolId, string fileId)
    {
        using var read = store.Reading();
        var found = FindFile(store, caller, dataPoolId, fileId);
        return found.Failure ?? (Result<(byte[], string, string?)>)(found.Value.File.Bytes, found.Value.File.ContentType, found.Value.File.Name);
    }

    public static Failure? DeleteFile(FakeHubStore store, Caller caller, string dataPoolId, string fileId)
    {
        using var write = store.Writing();
        var found = FindFile(store, caller, dataPoolId, fileId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var (pool, file) = found.Value;
        store.Table(DataPoolsModule.DataPools).Replace(pool with { Files = [.. pool.Files.Where(f => f.Id != file.Id)] });
        store.Tick();
        return write.Commit();
    }

    private static Result<(DataPoolRecord Pool, FileRecord File)> FindFile(FakeHubStore store, Caller caller, string dataPoolId, string fileId)
    {
        var found = store.Table(DataPoolsModule.DataPools).Find(caller, dataPoolId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        var file = found.Value!.Files.FirstOrDefault(f => f.Id == fileId);
        return file is null
            ? Failure.NotFound($"Data pool '{Echo.Of(dataPoolId)}' has no file '{Echo.Of(fileId)}'. GET /datapools/{Echo.Of(dataPoolId)}/files lists its files.")
            : (found.Value, file);
    }

    /// <summary>The pool as the caller sees it: <c>currentUserPermission</c> is the caller's role, capped by the share's for a shared pool.</summary>
    private static DataPool Dto(FakeHubStore store, DataPoolRecord pool, Caller caller) => new()
    {
        Id = pool.Id,
        Name = pool.Name,
        ShortDescription = pool.ShortDescription,
        Description = pool.Description,
        CreatedAt = pool.CreatedAt,
        CurrentUserPermission = store.Table(DataPoolsModule.DataPools).RoleOf(caller, pool),
    };

    private static DataPoolFile FileDto(DataPoolRecord pool, FileRecord file) => new()
    {
        Id = file.Id,
        DataPoolId = pool.Id,
        Name = file.Name,
        FullPath = $"{pool.Id}/{file.Name}",
        ContentType = file.ContentType,
        ContentLength = file.Bytes.LongLength,
        CreatedAt = file.CreatedAt,
    };
}
