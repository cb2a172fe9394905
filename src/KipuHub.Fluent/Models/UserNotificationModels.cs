namespace KipuHub.Models;

/// <summary>A notification of one user: an event elsewhere in the hub that concerns them, read or not.</summary>
public sealed record Notification
{
    /// <summary>The notification's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>What it tells of.</summary>
    public NotificationKind? Kind { get; init; }

    /// <summary>A short title.</summary>
    public string? Title { get; init; }

    /// <summary>The message, one or two sentences.</summary>
    public string? Message { get; init; }

    /// <summary>The API path of the resource the event concerns, relative to the base URL (for example <c>/service-executions/{id}</c>).</summary>
    public string? Link { get; init; }

    /// <summary>When the event happened; sorted by <c>OrderBy(n =&gt; n.CreatedAt)</c>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Whether the user has read it; filtered by <c>Where(n =&gt; n.Read == false)</c>.</summary>
    public bool? Read { get; init; }
}
