using KipuHub.Http;
using Microsoft.Extensions.Options;

namespace KipuHub.DependencyInjection;

/// <summary>
/// Validates every named <see cref="HubPlatformClientOptions"/> when the host starts and lists all of its problems at
/// once, each as the client itself would report it, instead of failing on the first at the first call.
/// </summary>
internal sealed class HubOptionsValidator : IValidateOptions<HubPlatformClientOptions>
{
    public ValidateOptionsResult Validate(string? name, HubPlatformClientOptions options)
    {
        var problems = HubSettings.Problems(options, HubSettings.ProcessEnvironment);
        var label = string.IsNullOrEmpty(name) ? "KipuHub client" : $"KipuHub client '{name}'";
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => $"{label}: {p}"));
    }
}
