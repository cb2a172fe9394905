namespace KipuHub.FakeServer.Store;

/// <summary>The limits every namespace applies the same way (docs/contract.md#secrets-and-limits).</summary>
internal static class Validation
{
    /// <summary>The longest name the API accepts.</summary>
    public const int MaxNameLength = 255;

    /// <summary>A failure unless <paramref name="name"/> is 1 to <see cref="MaxNameLength"/> characters and not blank.</summary>
    /// <param name="name">The name sent.</param>
    /// <param name="what">What is named, for the message: <c>application</c>, <c>data pool</c>.</param>
    public static Failure? Name(string? name, string what) =>
        string.IsNullOrWhiteSpace(name)
            ? Failure.Invalid($"The {what} needs a 'name' of 1 to {MaxNameLength} characters; it was {(name is null ? "missing" : "empty")}.")
            : name.Length > MaxNameLength
                ? Failure.Invalid($"The {what} 'name' is {name.Length} characters long; at most {MaxNameLength} are allowed.")
                : null;
}
