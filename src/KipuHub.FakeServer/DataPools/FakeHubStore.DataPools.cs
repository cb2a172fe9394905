using KipuHub.FakeServer.Pipeline;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

internal sealed partial class FakeHubStore
{
    public IReadOnlyList<DataPool> ListDataPools(Caller caller)
    {
        lock (_gate)
        {
            return [.. InCreationOrder(_dataPools.Values.Where(p => CanSee(caller, p.TenantId)), p => p.CreatedAt, p => p.Id)
                .Select(p => DataPoolDto(p, caller))];
        }
    }

    public Outcome<DataPool> CreateDataPool(Caller caller, CreateDataPoolRequest request)
    {
        lock (_gate)
        {
            if (NameProblem(request.Name, "data pool") is { } problem)
            {
                return problem;
            }
            var pool = new DataPoolRecord
            {
                Id = _sequence.NextId(),
                TenantId = caller.TenantId,
                Name = request.Name!,
                CreatedAt = Tick(),
            };
            _dataPools.Add(pool.Id, pool);
            return DataPoolDto(pool, caller);
        }
    }

    public Outcome<DataPool> GetDataPool(Caller caller, string dataPoolId)
    {
        lock (_gate)
        {
            var found = FindDataPool(caller, dataPoolId);
            return found.Error ?? (Outcome<DataPool>)DataPoolDto(found.Value!, caller);
        }
    }

    /// <summary>Changes the fields the request names; omitted (null) fields keep their value.</summary>
    public Outcome<DataPool> UpdateDataPool(Caller caller, string dataPoolId, UpdateDataPoolRequest request)
    {
        lock (_gate)
        {
            var found = FindDataPool(caller, dataPoolId);
            if (found.Error is { } error)
            {
                return error;
            }
            if (request.Name is not null && NameProblem(request.Name, "data pool") is { } problem)
            {
                return problem;
            }
            if (request.ShortDescription?.Length > MaxNameLength)
            {
                return HubError.Unprocessable($"The 'shortDescription' is {request.ShortDescription.Length} characters long; at most {MaxNameLength} are allowed.");
            }
            var pool = found.Value!;
            pool.Name = request.Name ?? pool.Name;
            pool.ShortDescription = request.ShortDescription ?? pool.ShortDescription;
            pool.Description = request.Description ?? pool.Description;
            Tick();
            return DataPoolDto(pool, caller);
        }
    }

    /// <summary>Deletes the data pool with its files.</summary>
    public HubError? DeleteDataPool(Caller caller, string dataPoolId)
    {
        lock (_gate)
        {
            var found = FindDataPool(caller, dataPoolId);
            if (found.Error is { } error)
            {
                return error;
            }
            _dataPools.Remove(dataPoolId);
            Tick();
            return null;
        }
    }

    public Outcome<IReadOnlyList<DataPoolFile>> ListFiles(Caller caller, string dataPoolId)
    {
        lock (_gate)
        {
            var found = FindDataPool(caller, dataPoolId);
            if (found.Error is { } error)
            {
                return error;
            }
            return InCreationOrder(found.Value!.Files, f => f.CreatedAt, f => f.Id).Select(f => FileDto(found.Value!, f)).ToList();
        }
    }

    /// <summary>Adds an uploaded file, named by <paramref name="fileName"/> if given, else by the part's file name.</summary>
    public Outcome<DataPoolFile> AddFile(Caller caller, string dataPoolId, Upload upload, string? fileName)
    {
        lock (_gate)
        {
            var found = FindDataPool(caller, dataPoolId);
            if (found.Error is { } error)
            {
                return error;
            }
            if (fileName is not null && string.IsNullOrWhiteSpace(fileName))
            {
                return HubError.BadRequest("Query parameter 'filename' is empty; omit it to keep the uploaded part's file name.");
            }
            var name = fileName ?? upload.FileName ?? "file";
            if (name.Length > MaxNameLength)
            {
                return HubError.Unprocessable($"The file name is {name.Length} characters long; at most {MaxNameLength} are allowed.");
            }
            var pool = found.Value!;
            if (pool.Files.FirstOrDefault(f => f.Name == name) is { } existing)
            {
                return HubError.Conflict($"Data pool '{dataPoolId}' already has a file named '{name}' ('{existing.Id}'). " +
                    "Delete it first, or pass another name in the 'filename' query parameter.");
            }
            var file = new FileRecord
            {
                Id = _sequence.NextId(),
                Name = name,
                ContentType = upload.ContentType,
                Bytes = upload.Bytes,
                CreatedAt = Tick(),
            };
            pool.Files.Add(file);
            return FileDto(pool, file);
        }
    }

    /// <summary>The stored file; its bytes are never changed after upload, so handing them out is safe.</summary>
    public Outcome<FileRecord> GetFile(Caller caller, string dataPoolId, string fileId)
    {
        lock (_gate)
        {
            var found = FindFile(caller, dataPoolId, fileId);
            return found.Error ?? (Outcome<FileRecord>)found.Value!.File;
        }
    }

    public HubError? DeleteFile(Caller caller, string dataPoolId, string fileId)
    {
        lock (_gate)
        {
            var found = FindFile(caller, dataPoolId, fileId);
            if (found.Error is { } error)
            {
                return error;
            }
            found.Value!.Pool.Files.Remove(found.Value.File);
            Tick();
            return null;
        }
    }

    private Outcome<DataPoolRecord> FindDataPool(Caller caller, string dataPoolId) =>
        _dataPools.TryGetValue(dataPoolId, out var pool) && CanSee(caller, pool.TenantId)
            ? pool
            : HubError.NotFound($"Data pool '{dataPoolId}' was not found in {caller.DescribeTenant()}. " +
                "GET /datapools lists the data pools of the account; X-OrganizationId selects the account.");

    private Outcome<(DataPoolRecord Pool, FileRecord File)> FindFile(Caller caller, string dataPoolId, string fileId)
    {
        var found = FindDataPool(caller, dataPoolId);
        if (found.Error is { } error)
        {
            return error;
        }
        var file = found.Value!.Files.FirstOrDefault(f => f.Id == fileId);
        return file is null
            ? HubError.NotFound($"Data pool '{dataPoolId}' has no file '{fileId}'. GET /datapools/{dataPoolId}/files lists its files.")
            : (found.Value, file);
    }

    private static DataPool DataPoolDto(DataPoolRecord pool, Caller caller) => new()
    {
        Id = pool.Id,
        Name = pool.Name,
        ShortDescription = pool.ShortDescription,
        Description = pool.Description,
        CreatedAt = pool.CreatedAt,
        CurrentUserPermission = RoleIn(caller, pool.TenantId),
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
