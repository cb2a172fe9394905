using System.Globalization;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Billing;

/// <summary>
/// The notifications of budgets passed (docs/contract.md#notifications): each month a budget's spending goes above its
/// limit (<see cref="BudgetWatch"/>) notifies the OWNERs of its account, who pay, at the moment it was passed.
/// </summary>
internal static class BudgetNotifications
{
    public static IEnumerable<NotificationEvent> Source(FakeHubStore store, DateTimeOffset now)
    {
        var tenants = store.Table(Tenancy.Tenants);
        foreach (var passing in BudgetWatch.Passings(store))
        {
            if (passing.PassedAt > now || tenants.Find(passing.TenantId) is not { } tenant)
            {
                continue;
            }
            var month = $"{passing.Year:D4}-{passing.Month:D2}";
            var limit = passing.Limit.ToString("0.00", CultureInfo.InvariantCulture);
            var spent = passing.Spent.ToString("0.00", CultureInfo.InvariantCulture);
            foreach (var owner in tenant.Members.Where(m => m.Role == PermissionRole.Owner))
            {
                yield return new NotificationEvent(StableSeed.Uuid(store.Seed, $"budget-passed/{passing.BudgetId}/{month}/{owner.UserId}"), owner.UserId,
                    NotificationKind.BudgetExceeded, $"Budget '{passing.Name}' passed",
                    $"The spending of {month} in '{tenant.DisplayName}' went above the budget '{passing.Name}' of {limit} EUR; it is {spent} EUR now.",
                    "/billing/budgets", passing.PassedAt);
            }
        }
    }
}
