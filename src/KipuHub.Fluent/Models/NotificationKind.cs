using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>What a notification tells of. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<NotificationKind>))]
public readonly record struct NotificationKind(string Value) : IHubEnum<NotificationKind>
{
    /// <summary><c>BUILD_SUCCEEDED</c>: a build of a service version finished with SUCCESS.</summary>
    public static NotificationKind BuildSucceeded { get; } = new("BUILD_SUCCEEDED");

    /// <summary><c>BUILD_FAILED</c>: a build of a service version finished with FAILURE.</summary>
    public static NotificationKind BuildFailed { get; } = new("BUILD_FAILED");

    /// <summary><c>EXECUTION_FAILED</c>: a service execution ended FAILED.</summary>
    public static NotificationKind ExecutionFailed { get; } = new("EXECUTION_FAILED");

    /// <summary><c>INVITATION</c>: the user was invited to an organization.</summary>
    public static NotificationKind Invitation { get; } = new("INVITATION");

    /// <summary><c>BUDGET_EXCEEDED</c>: a budget of an organization was passed.</summary>
    public static NotificationKind BudgetExceeded { get; } = new("BUDGET_EXCEEDED");

    /// <inheritdoc />
    public static NotificationKind FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
