using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>
/// An event that concerns one user and shows as a notification: derived from the state at the fake's clock, never
/// stored. <paramref name="Id"/> follows from the cause alone (the same event always has the same id) and differs per
/// recipient; <paramref name="CreatedAt"/> lies at or before the clock's now.
/// </summary>
/// <param name="Id">The notification's id, derived from the kind, the resource, the moment and the recipient.</param>
/// <param name="UserId">The recipient.</param>
/// <param name="Kind">What it tells of.</param>
/// <param name="Title">A short title.</param>
/// <param name="Message">One or two sentences.</param>
/// <param name="Link">The API path of the resource, relative to the base URL.</param>
/// <param name="CreatedAt">When the event happened.</param>
internal sealed record NotificationEvent(string Id, string UserId, NotificationKind Kind, string Title, string Message, string Link, DateTimeOffset CreatedAt);

/// <summary>
/// The events of one module that have happened by <paramref name="now"/>, for every recipient. Called under the store's
/// lock; it reads, never writes.
/// </summary>
internal delegate IEnumerable<NotificationEvent> NotificationSource(FakeHubStore store, DateTimeOffset now);
