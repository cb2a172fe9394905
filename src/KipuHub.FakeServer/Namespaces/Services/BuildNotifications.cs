using System.Globalization;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>
/// The notifications of finished builds (docs/contract.md#notifications): a build that has run (it finished after it
/// was created; a service with nothing to build is SUCCESS at once and tells no one) and is SUCCESS or FAILURE at the
/// fake's now notifies every member of the service's tenant, at the moment it finished. The starter of a build is not
/// recorded, so the whole tenant hears of it.
/// </summary>
internal static class BuildNotifications
{
    public static IEnumerable<NotificationEvent> Source(FakeHubStore store, DateTimeOffset now)
    {
        var tenants = store.Table(Tenancy.Tenants);
        foreach (var service in store.Table(ServicesModule.Services).Rows)
        {
            var build = service.Build.At(now);
            if (build.Status != BuildStatus.Success && build.Status != BuildStatus.Failure
                || build.FinishedAt is not { } finished || finished <= build.CreatedAt || finished > now
                || tenants.Find(service.TenantId) is not { } tenant)
            {
                continue;
            }
            var failed = build.Status == BuildStatus.Failure;
            var cause = $"build/{service.Id}/{build.CreatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
            var title = failed ? $"Build of '{service.Name}' failed" : $"Build of '{service.Name}' succeeded";
            var message = failed
                ? $"The build of version {service.Version.Label} of '{service.Name}' finished with FAILURE. See its build log."
                : $"The build of version {service.Version.Label} of '{service.Name}' finished with SUCCESS; the version can be published.";
            var link = $"/services/{service.Id}/versions/{service.Version.Id}/build-status";
            foreach (var member in tenant.Members)
            {
                yield return new NotificationEvent(StableSeed.Uuid(store.Seed, $"{cause}/{member.UserId}"), member.UserId,
                    failed ? NotificationKind.BuildFailed : NotificationKind.BuildSucceeded, title, message, link, finished);
            }
        }
    }
}
