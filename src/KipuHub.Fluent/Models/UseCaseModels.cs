namespace KipuHub.Models;

/// <summary>A use case: an application scenario of quantum computing in the catalog, owned by a tenant.</summary>
public sealed record UseCase
{
    /// <summary>The use case's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The title, searched by <c>Where(u =&gt; u.Title.Contains(text))</c>.</summary>
    public string? Title { get; init; }

    /// <summary>A one-line summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The full description.</summary>
    public string? Description { get; init; }

    /// <summary>Free keywords.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>When the use case was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the use case was last changed.</summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The caller's role on the use case.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>The body of <c>POST /use-cases</c>.</summary>
public sealed record CreateUseCaseRequest
{
    /// <summary>The title; required, 1 to 255 characters.</summary>
    public string? Title { get; init; }

    /// <summary>A one-line summary, at most 255 characters.</summary>
    public string? Summary { get; init; }

    /// <summary>The full description, at most 10,000 characters.</summary>
    public string? Description { get; init; }

    /// <summary>Free keywords, each 1 to 64 characters.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
}

/// <summary>The body of <c>PUT /use-cases/{id}</c>; omitted fields keep their value.</summary>
public sealed record UpdateUseCaseRequest
{
    /// <summary>The new title, 1 to 255 characters.</summary>
    public string? Title { get; init; }

    /// <summary>The new summary, at most 255 characters.</summary>
    public string? Summary { get; init; }

    /// <summary>The new description, at most 10,000 characters.</summary>
    public string? Description { get; init; }

    /// <summary>The new keywords, replacing the old ones; each 1 to 64 characters.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
}
