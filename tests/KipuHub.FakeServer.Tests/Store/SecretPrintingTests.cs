using System.Reflection;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Tests.Store;

/// <summary>
/// A record prints every property in its ToString, and the fake's records end up in logs and assertion messages. So
/// no record of the fake may print a property that holds a secret; records added later are checked from the first day.
/// </summary>
public sealed class SecretPrintingTests
{
    private const string Marker = "s3cr3t-marker-value";

    public static TheoryData<string> SecretProperties() => [.. SecretNames()];

    private static IEnumerable<string> SecretNames() => SecretHolders().Select(p => $"{p.DeclaringType!.FullName}.{p.Name}");

    [Theory]
    [MemberData(nameof(SecretProperties))]
    public void A_record_never_prints_its_secret(string property)
    {
        var info = SecretHolders().Single(p => $"{p.DeclaringType!.FullName}.{p.Name}" == property);
        var record = Activator.CreateInstance(info.DeclaringType!, nonPublic: true)!;
        info.SetValue(record, Marker);

        record.ToString().Should().NotContain(Marker, "{0} holds a secret", property);
    }

    [Fact]
    public void The_users_token_is_among_the_checked_secrets() =>
        SecretNames().Should().Contain($"{typeof(UserRecord).FullName}.{nameof(UserRecord.Token)}");

    [Fact]
    public void A_caller_holds_no_token() =>
        typeof(Caller).GetProperties().Select(p => p.Name).Should().NotContain(name => name.Contains("Token", StringComparison.Ordinal));

    /// <summary>
    /// Settable string properties of records with a parameterless constructor whose name says secret (a token, secret or
    /// password, but not its hash, id, name or expiry).
    /// </summary>
    private static IEnumerable<PropertyInfo> SecretHolders() =>
        typeof(FakeHubServer).Assembly.GetTypes()
            .Where(t => t.GetMethod("<Clone>$") is not null && t.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is not null)
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType == typeof(string) && p.CanWrite && IsSecretName(p.Name));

    private static bool IsSecretName(string name) =>
        (name.Contains("Token", StringComparison.Ordinal) || name.Contains("Secret", StringComparison.Ordinal) || name.Contains("Password", StringComparison.Ordinal))
        && !name.EndsWith("Hash", StringComparison.Ordinal) && !name.EndsWith("Id", StringComparison.Ordinal)
        && !name.EndsWith("Name", StringComparison.Ordinal) && !name.Contains("Expires", StringComparison.Ordinal);
}
