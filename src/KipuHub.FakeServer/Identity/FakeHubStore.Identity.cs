using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

internal sealed partial class FakeHubStore
{
    private const string SeededTokens = "The fake's seeded tokens are demo-token, alice-token and bob-token.";

    /// <summary>Finds the user of a token and the tenant the request acts in.</summary>
    /// <param name="token">The X-Auth-Token header.</param>
    /// <param name="organizationId">The X-OrganizationId header; empty or the caller's own account id means the personal account.</param>
    /// <param name="scope">Global endpoints ignore the organization header.</param>
    public Outcome<Caller> ResolveCaller(string? token, string? organizationId, HubScope scope)
    {
        lock (_gate)
        {
            if (string.IsNullOrEmpty(token))
            {
                return HubError.Unauthorized($"The request has no X-Auth-Token header. Send a personal access token in it. {SeededTokens}");
            }
            // A loop, not FirstOrDefault with a lambda: this runs on every request, and the lambda would capture the token.
            UserRecord? user = null;
            foreach (var candidate in _users.Values)
            {
                if (string.Equals(candidate.Token, token, StringComparison.Ordinal))
                {
                    user = candidate;
                    break;
                }
            }
            if (user is null)
            {
                return HubError.Unauthorized($"The X-Auth-Token is not a valid personal access token. {SeededTokens}");
            }
            var personal = _tenants[user.Id];
            if (scope == HubScope.Global || string.IsNullOrWhiteSpace(organizationId) || organizationId == user.Id)
            {
                return new Caller(user.Id, user.Username, token, personal.Id, personal.DisplayName, PermissionRole.Owner);
            }
            // An unknown organization gets the same answer as a foreign one, so ids cannot be probed.
            if (_tenants.TryGetValue(organizationId, out var organization) && organization.IsOrganization
                && organization.Members.TryGetValue(user.Id, out var role))
            {
                return new Caller(user.Id, user.Username, token, organization.Id, organization.DisplayName, role);
            }
            return HubError.Forbidden($"User '{user.Username}' is not a member of organization '{organizationId}' (X-OrganizationId). " +
                "GET /my/accounts lists the organizations this token can act in; omit X-OrganizationId to act in the personal account.");
        }
    }

    public AuthPrincipal Principal(Caller caller)
    {
        lock (_gate)
        {
            // A restore or tenant removal between resolving the caller and this call may have taken the user away;
            // the request then answers with what it resolved, never with a 500.
            var user = _users.TryGetValue(caller.UserId, out var found) ? found : new UserRecord { Id = caller.UserId, Username = caller.Username };
            return new AuthPrincipal
            {
                User = new HubUser { Id = user.Id, Username = user.Username, FirstName = user.FirstName, LastName = user.LastName, Email = user.Email },
                AccessToken = caller.Token,
                Roles = ["USER"],
            };
        }
    }

    /// <summary>The personal account first, then the organizations in the order the user joined them.</summary>
    public IReadOnlyList<Account> Accounts(Caller caller)
    {
        lock (_gate)
        {
            return [.. _tenants.Values
                .Where(t => t.Members.ContainsKey(caller.UserId))
                .OrderBy(t => t.IsOrganization)
                .Select(t => new Account
                {
                    Id = t.Id,
                    DisplayName = t.DisplayName,
                    Role = t.Members[caller.UserId],
                    IsOrganization = t.IsOrganization,
                    AccountType = new AccountType { Name = t.AccountTypeName, Feature = t.AccountFeature },
                })];
        }
    }
}
