using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.HardCodedTokenRule>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class HardCodedTokenAnalyzerTests
{
    // ── triggers ────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForClientConstructor_WithLiteral_Triggers() => Verify.VerifyAsync("""
        class C
        {
            HubPlatformClient M() => new HubPlatformClient({|KH0005:"kqh_1234"|});
        }
        """);

    [Fact]
    public Task ForOptionsInitializer_WithConstant_Triggers() => Verify.VerifyAsync("""
        class C
        {
            const string Token = "kqh_1234";

            HubPlatformClientOptions M() => new() { ApiKey = {|KH0005:Token|} };
        }
        """);

    [Fact]
    public Task ForOptionsAssignment_InConfigureLambda_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Action<HubPlatformClientOptions> M() => o => o.ApiKey = {|KH0005:"kqh_1234"|};
        }
        """);

    [Fact]
    public Task ForLocalOnlyEverAssignedALiteral_InTopLevelStatements_Triggers() => Verify.VerifyAsync("""
        var token = "kqh_1234";
        using var hub = new HubPlatformClient({|KH0005:token|});
        """, topLevel: true);

    [Fact]
    public Task ForDemoToken_WithoutOptOut_Triggers() => Verify.VerifyAsync("""
        class C
        {
            HubPlatformClient M() => new({|KH0005:"demo-token"|});
        }
        """);

    // ── does not trigger ────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForEnvironmentVariable_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            HubPlatformClient M() => new(Environment.GetEnvironmentVariable(HubPlatformClientOptions.ApiKeyVariable)!);
        }
        """);

    [Fact]
    public Task ForParameterAndConfiguredLocal_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            HubPlatformClientOptions M(string token, Func<string> read)
            {
                var fromConfig = "fallback";
                fromConfig = read();
                var options = new HubPlatformClientOptions { ApiKey = token, OrganizationId = "o-1", BaseUrl = new Uri("http://localhost:5000") };
                options.ApiKey = fromConfig;
                return options;
            }
        }
        """);

    [Fact]
    public Task ForEmptyToken_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            HubPlatformClientOptions M() => new() { ApiKey = "" };
        }
        """);

    [Fact]
    public Task ForDemoToken_WhenProjectAllowsIt_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            HubPlatformClient M() => new("demo-token");
        }
        """, editorConfig: "kipuhub.allowed_tokens = other-token, demo-token");

    [Fact]
    public Task ForOtherTypesApiKey_DoesNotTrigger() => Verify.VerifyAsync("""
        class Settings
        {
            public string? ApiKey { get; set; }
            public Settings(string apiKey) => ApiKey = apiKey;
        }

        class C
        {
            Settings M() => new Settings("kqh_1234") { ApiKey = "kqh_5678" };
        }
        """);
}
