using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>What the service_jobs tests share: a version that can run, and the nothing-changed check.</summary>
internal static class JobFixtures
{
    /// <summary>The first service of the tenant whose build succeeded: its version can run jobs.</summary>
    public static async Task<ServiceOverview> RunnableVersionAsync(HubPlatformClient hub, string organizationId) =>
        await hub.Services.InOrg(organizationId).Page(0, 100).AllAsync().FirstAsync(s => s.BuildStatus == BuildStatus.Success);

    /// <summary>The first service of the tenant whose build has that status.</summary>
    public static async Task<ServiceOverview> VersionWithBuildAsync(HubPlatformClient hub, string organizationId, BuildStatus status) =>
        await hub.Services.InOrg(organizationId).Page(0, 100).AllAsync().FirstAsync(s => s.BuildStatus == status);

    /// <summary>Runs a call that must fail with <typeparamref name="T"/>, and proves the whole store is as it was.</summary>
    public static async Task<T> ExpectNothingChangedAsync<T>(FakeHubServer fake, Func<Task> call) where T : ApiException
    {
        var before = fake.Store.Fingerprint();

        var error = (await FluentActions.Awaiting(call).Should().ThrowAsync<T>()).Which;

        error.ErrorMessage.Should().NotBeNullOrWhiteSpace();
        fake.Store.Fingerprint().Should().Be(before, "a request answered with {0} must not change any state", (int)error.StatusCode);
        return error;
    }
}
