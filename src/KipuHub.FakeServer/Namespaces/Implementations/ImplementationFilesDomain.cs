using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Implementations;

/// <summary>An uploaded implementation file as the store receives it: the part's file name, media type and bytes.</summary>
internal sealed record ImplementationFileUpload(string? FileName, string ContentType, byte[] Bytes);

/// <summary>
/// The implementation file rules: a file is named by its part's file name (<c>file</c> when the part has none), of at
/// most 255 characters and unique within its implementation (409 otherwise); the size limit is the pipeline's (413).
/// Files are read, added and deleted as their implementation's algorithm is.
/// </summary>
internal static class ImplementationFilesDomain
{
    public static Result<IReadOnlyList<ImplementationFile>> List(FakeHubStore store, Caller caller, string algorithmId, string implementationId)
    {
        using var read = store.Reading();
        var found = ImplementationsDomain.Find(store, caller, algorithmId, implementationId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return FilesOf(store, implementationId).Select(Dto).ToList();
    }

    public static Result<ImplementationFile> Add(FakeHubStore store, Caller caller, string algorithmId, string implementationId, ImplementationFileUpload upload)
    {
        var name = upload.FileName ?? "file";
        if (name.Length > Validation.MaxNameLength)
        {
            return Failure.Invalid($"The file name is {name.Length} characters long; at most {Validation.MaxNameLength} are allowed.");
        }
        using var write = store.Writing();
        var found = ImplementationsDomain.Find(store, caller, algorithmId, implementationId);
        if (found.Failure is { } failure)
        {
            return write.Commit<ImplementationFile>(failure);
        }
        if (FilesOf(store, implementationId).FirstOrDefault(f => f.Name == name) is { } existing)
        {
            return write.Commit<ImplementationFile>(Failure.Conflict($"Implementation '{Echo.Of(implementationId)}' already has a file named '{Echo.Of(name)}' " +
                $"('{existing.Id}'). Delete it first, or upload under another file name."));
        }
        var file = new ImplementationFileRecord
        {
            Id = store.NextId(),
            ImplementationId = implementationId,
            Name = name,
            ContentType = upload.ContentType,
            Bytes = upload.Bytes,
            CreatedAt = store.Tick(),
            CreatedBy = caller.Username,
        };
        store.Table(ImplementationsModule.Files).Add(file);
        return write.Commit<ImplementationFile>(Dto(file));
    }

    /// <summary>A stored file's bytes, media type and name.</summary>
    public static Result<(byte[] Bytes, string ContentType, string? FileName)> Content(FakeHubStore store, Caller caller, string algorithmId, string implementationId, string fileId)
    {
        using var read = store.Reading();
        var found = FindFile(store, caller, algorithmId, implementationId, fileId);
        return found.Failure ?? (Result<(byte[], string, string?)>)(found.Value!.Bytes, found.Value.ContentType, found.Value.Name);
    }

    public static Failure? Delete(FakeHubStore store, Caller caller, string algorithmId, string implementationId, string fileId)
    {
        using var write = store.Writing();
        var found = FindFile(store, caller, algorithmId, implementationId, fileId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        store.Table(ImplementationsModule.Files).Delete(fileId);
        store.Tick();
        return write.Commit();
    }

    private static Result<ImplementationFileRecord> FindFile(FakeHubStore store, Caller caller, string algorithmId, string implementationId, string fileId)
    {
        var found = ImplementationsDomain.Find(store, caller, algorithmId, implementationId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return store.Table(ImplementationsModule.Files).Find(fileId) is { } file && file.ImplementationId == implementationId
            ? file
            : Failure.NotFound($"Implementation '{Echo.Of(implementationId)}' has no file '{Echo.Of(fileId)}'. " +
                $"GET /algorithms/{Echo.Of(algorithmId)}/implementations/{Echo.Of(implementationId)}/files lists its files.");
    }

    private static IEnumerable<ImplementationFileRecord> FilesOf(FakeHubStore store, string implementationId) =>
        store.Table(ImplementationsModule.Files).Rows.Where(f => f.ImplementationId == implementationId)
            .OrderBy(f => f.CreatedAt).ThenBy(f => f.Id, StringComparer.Ordinal);

    private static ImplementationFile Dto(ImplementationFileRecord file) => new()
    {
        Id = file.Id,
        ImplementationId = file.ImplementationId,
        Name = file.Name,
        ContentType = file.ContentType,
        ContentLength = file.Bytes.LongLength,
        CreatedAt = file.CreatedAt,
        CreatedBy = file.CreatedBy,
    };
}
