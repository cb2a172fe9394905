namespace KipuHub.FakeServer.Store;

/// <summary>What kind of mistake a request made, in the store's terms; the pipeline gives each kind its HTTP status.</summary>
internal enum FailureKind
{
    /// <summary>The request cannot be read (a bad query value, an unknown command): 400.</summary>
    Malformed,

    /// <summary>No valid token: 401.</summary>
    Unauthenticated,

    /// <summary>The caller may not act there, or not with that role: 403.</summary>
    Denied,

    /// <summary>No such resource, or one the caller cannot see: 404.</summary>
    NotFound,

    /// <summary>The resource's state forbids the change: 409.</summary>
    Conflict,

    /// <summary>A body or file over its limit: 413.</summary>
    TooLarge,

    /// <summary>A body of the wrong media type: 415.</summary>
    UnsupportedMediaType,

    /// <summary>A well-formed body that fails validation: 422.</summary>
    Invalid,
}

/// <summary>Why an operation refused a request; the store is left as it was.</summary>
/// <param name="Kind">The kind of mistake.</param>
/// <param name="Message">What was wrong and what is accepted, for the caller.</param>
internal sealed record Failure(FailureKind Kind, string Message)
{
    public static Failure Malformed(string message) => new(FailureKind.Malformed, message);

    public static Failure Unauthenticated(string message) => new(FailureKind.Unauthenticated, message);

    public static Failure Denied(string message) => new(FailureKind.Denied, message);

    public static Failure NotFound(string message) => new(FailureKind.NotFound, message);

    public static Failure Conflict(string message) => new(FailureKind.Conflict, message);

    public static Failure TooLarge(string message) => new(FailureKind.TooLarge, message);

    public static Failure UnsupportedMediaType(string message) => new(FailureKind.UnsupportedMediaType, message);

    public static Failure Invalid(string message) => new(FailureKind.Invalid, message);

    public override string ToString() => $"{Kind}: {Message}";
}

/// <summary>An operation's result: a value, or the <see cref="Failure"/> it refused the request with.</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal readonly struct Result<T>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    // With T = object a Failure converts to T first; it must still count as the failure.
    public static implicit operator Result<T>(T value) => value is Failure failure ? new(default, failure) : new(value, null);

    // A null failure would read as success with no value; refuse it at once instead.
    public static implicit operator Result<T>(Failure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));
}
