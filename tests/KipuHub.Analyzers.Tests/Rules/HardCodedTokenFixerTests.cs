using KipuHub.Analyzers.CodeFixes.Rules;
using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<KipuHub.Analyzers.Rules.HardCodedTokenRule, KipuHub.Analyzers.CodeFixes.Rules.HardCodedTokenFixer>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class HardCodedTokenFixerTests
{
    [Fact]
    public Task Environment_ReplacesTheLiteral() => Verify.VerifyFixAsync("""
        class C
        {
            HubPlatformClient M() => new HubPlatformClient({|KH0005:"kqh_1234"|});
        }
        """, """
        class C
        {
            HubPlatformClient M() => new HubPlatformClient(Environment.GetEnvironmentVariable(HubPlatformClientOptions.ApiKeyVariable) ?? throw new InvalidOperationException("Set the KQH_PERSONAL_ACCESS_TOKEN environment variable."));
        }
        """, HardCodedTokenFixer.EnvironmentKey);

    [Fact]
    public Task Environment_FixAll_ReplacesEveryToken() => Verify.VerifyFixAsync("""
        class C
        {
            HubPlatformClientOptions A() => new() { ApiKey = {|KH0005:"kqh_1"|} };

            HubPlatformClientOptions B() => new() { ApiKey = {|KH0005:"kqh_2"|} };
        }
        """, """
        class C
        {
            HubPlatformClientOptions A() => new() { ApiKey = Environment.GetEnvironmentVariable(HubPlatformClientOptions.ApiKeyVariable) ?? throw new InvalidOperationException("Set the KQH_PERSONAL_ACCESS_TOKEN environment variable.") };

            HubPlatformClientOptions B() => new() { ApiKey = Environment.GetEnvironmentVariable(HubPlatformClientOptions.ApiKeyVariable) ?? throw new InvalidOperationException("Set the KQH_PERSONAL_ACCESS_TOKEN environment variable.") };
        }
        """, HardCodedTokenFixer.EnvironmentKey);

    [Fact]
    public Task Configuration_WhenIConfigurationInScope_ReadsTheApiKeySetting() => Verify.VerifyFixAsync("""
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; } }
        }

        class C
        {
            HubPlatformClientOptions M(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
                new() { ApiKey = {|KH0005:"kqh_1"|}, OrganizationId = configuration["KipuHub:OrganizationId"] };
        }
        """, """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; } }
        }

        class C
        {
            HubPlatformClientOptions M(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
                new() { ApiKey = configuration["KipuHub:ApiKey"] ?? throw new InvalidOperationException("Set KipuHub:ApiKey in configuration."), OrganizationId = configuration["KipuHub:OrganizationId"] };
        }
        """, HardCodedTokenFixer.ConfigurationKey);
}
