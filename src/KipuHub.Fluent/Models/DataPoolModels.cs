namespace KipuHub.Models;

/// <summary>A data pool: a named set of files.</summary>
public sealed record DataPool
{
    /// <summary>The data pool's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The data pool's name; always present (required to create one, and an update cannot clear it).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>A one-line description.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>The full description.</summary>
    public string? Description { get; init; }

    /// <summary>When the data pool was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The caller's role on the data pool.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>The body of <c>POST /datapools</c>.</summary>
public sealed record CreateDataPoolRequest
{
    /// <summary>The data pool's name; required, 1 to 255 characters.</summary>
    public string? Name { get; init; }
}

/// <summary>The body of <c>PUT /datapools/{id}</c>; omitted fields keep their value.</summary>
public sealed record UpdateDataPoolRequest
{
    /// <summary>The new name, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The new one-line description.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>The new full description.</summary>
    public string? Description { get; init; }
}

/// <summary>A file in a data pool.</summary>
public sealed record DataPoolFile
{
    /// <summary>The file's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The data pool's id.</summary>
    public string? DataPoolId { get; init; }

    /// <summary>The file name; always present (the upload names it, else the part's file name, else <c>file</c>).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The path inside the data pool.</summary>
    public string? FullPath { get; init; }

    /// <summary>The media type.</summary>
    public string? ContentType { get; init; }

    /// <summary>The size in bytes.</summary>
    public long? ContentLength { get; init; }

    /// <summary>When the file was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
