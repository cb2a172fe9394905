namespace KipuHub.Models;

/// <summary>An implementation of an algorithm: visible and writable as its algorithm is.</summary>
public sealed record Implementation
{
    /// <summary>The implementation's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The algorithm it implements.</summary>
    public string? AlgorithmId { get; init; }

    /// <summary>The name, searched by <c>Where(i =&gt; i.Name.Contains(text))</c> on <c>GET /implementations</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The technology it is written with, such as <c>Qiskit</c>.</summary>
    public string? Technology { get; init; }

    /// <summary>Its version, as its authors name it.</summary>
    public string? Version { get; init; }

    /// <summary>The full description.</summary>
    public string? Description { get; init; }

    /// <summary>When the implementation was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the implementation was last changed.</summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The caller's role on it: the caller's role on its algorithm.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>The body of <c>POST /algorithms/{algorithmId}/implementations</c>.</summary>
public sealed record CreateImplementationRequest
{
    /// <summary>The name; required, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The technology, at most 255 characters.</summary>
    public string? Technology { get; init; }

    /// <summary>The version, at most 255 characters.</summary>
    public string? Version { get; init; }

    /// <summary>The full description, at most 10,000 characters.</summary>
    public string? Description { get; init; }
}

/// <summary>The body of <c>PUT /algorithms/{algorithmId}/implementations/{implementationId}</c>; omitted fields keep their value.</summary>
public sealed record UpdateImplementationRequest
{
    /// <summary>The new name, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The new technology, at most 255 characters.</summary>
    public string? Technology { get; init; }

    /// <summary>The new version, at most 255 characters.</summary>
    public string? Version { get; init; }

    /// <summary>The new description, at most 10,000 characters.</summary>
    public string? Description { get; init; }
}

/// <summary>A file of an implementation (source, notebook, data).</summary>
public sealed record ImplementationFile
{
    /// <summary>The file's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The implementation it belongs to.</summary>
    public string? ImplementationId { get; init; }

    /// <summary>The file name, unique within the implementation.</summary>
    public string? Name { get; init; }

    /// <summary>The media type, as uploaded.</summary>
    public string? ContentType { get; init; }

    /// <summary>The size in bytes.</summary>
    public long? ContentLength { get; init; }

    /// <summary>When the file was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who added it.</summary>
    public string? CreatedBy { get; init; }
}
