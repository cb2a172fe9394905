namespace KipuHub.FakeServer.Tests.Infrastructure;

/// <summary>The seeded tokens (fixed by design; ids come from the seed).</summary>
internal static class Tokens
{
    public const string Demo = "demo-token";
    public const string Alice = "alice-token";
    public const string Bob = "bob-token";
}
