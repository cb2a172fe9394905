using System.Text.Json;
using KipuHub.Models;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// The tenancy of what belongs to people rather than to one account, as a matrix over every principal (the seeded
/// ones and the members of a fresh organization) and every organization: an organization, its members, invitations and
/// provider tokens answer 200, 403 or 404 exactly as the caller's role there says; a user's invitations are exactly the
/// pending ones addressed to its email; and a notification is seen by one user only, an invitation's by its invitee.
/// </summary>
public sealed class PersonalTenancyMatrixTests : FakeHubTest
{
    private sealed record Principal(string UserId, string Username, string Token, string Email);

    private sealed record Organization(string Id, IReadOnlyDictionary<string, PermissionRole> Roles);

    [Fact]
    public async Task EveryPrincipal_InEveryOrganization_GetsTheAnswerItsRoleThereSays()
    {
        using var fresh = Hub.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        var (principals, organizations) = World(fresh);
        var checkedPairs = 0;

        foreach (var principal in principals)
        {
            foreach (var organization in organizations)
            {
                var role = organization.Roles.TryGetValue(principal.UserId, out var found) ? found : (PermissionRole?)null;
                var member = role is null ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                var because = $"{principal.Username} is {role?.Value ?? "no member"} of {organization.Id}";

                (await Status(principal, $"organizations/{organization.Id}")).Should().Be(member, because);
                (await Status(principal, $"organizations/{organization.Id}/members?size=2000")).Should().Be(member, because);
                (await Status(principal, $"organizations/{organization.Id}/invitations?size=2000")).Should().Be(
                    role is null ? HttpStatusCode.NotFound : role == PermissionRole.Owner ? HttpStatusCode.OK : HttpStatusCode.Forbidden, because);
                (await Status(principal, $"organizations/{organization.Id}/provider-tokens?size=2000")).Should().Be(
                    role is null ? HttpStatusCode.NotFound : role == PermissionRole.Viewer ? HttpStatusCode.Forbidden : HttpStatusCode.OK, because);
                checkedPairs++;
            }
        }

        checkedPairs.Should().Be(principals.Count * organizations.Count).And.BeGreaterThanOrEqualTo(24);
    }

    [Fact]
    public async Task AUsersInvitations_AreExactlyThePendingOnesToItsEmail_AndItsNotificationsItsAlone()
    {
        using var fresh = Hub.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        var (principals, organizations) = World(fresh);
        var owner = principals.Single(p => p.UserId == fresh.Member(PermissionRole.Owner).UserId);
        var alice = principals.Single(p => p.Token == Tokens.Alice);
        using (var invited = await Http.SendAsync(HttpMethod.Post, $"organizations/{fresh.Id}/invitations", owner.Token,
            content: HubHttp.Json($$"""{"email":"{{alice.Email.ToUpperInvariant()}}","role":"VIEWER"}""")))
        {
            invited.StatusCode.Should().Be(HttpStatusCode.OK, await invited.Content.ReadAsStringAsync());
        }

        // Every invitation of every organization, as its OWNER sees them.
        var invitations = new List<(string Id, string Email, string State)>();
        foreach (var organization in organizations)
        {
            var ownerOf = principals.First(p => organization.Roles.GetValueOrDefault(p.UserId) == PermissionRole.Owner);
            foreach (var invitation in await Content(ownerOf, $"organizations/{organization.Id}/invitations?size=2000"))
            {
                invitations.Add((invitation.GetProperty("id").GetString()!, invitation.GetProperty("email").GetString()!, invitation.GetProperty("state").GetString()!));
            }
        }
        var seenBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var principal in principals)
        {
            var mine = (await Content(principal, "users/me/invitations?size=2000")).Select(i => i.GetProperty("id").GetString()).ToList();
            var addressed = invitations.Where(i => string.Equals(i.Email, principal.Email, StringComparison.OrdinalIgnoreCase)).ToList();

            mine.Should().BeEquivalentTo(addressed.Where(i => i.State == "PENDING").Select(i => i.Id), $"{principal.Username}'s pending invitations");
            foreach (var notification in await Content(principal, "notifications?size=2000"))
            {
                var id = notification.GetProperty("id").GetString()!;
                seenBy.TryAdd(id, principal.Username).Should().BeTrue($"notification {id} is {seenBy.GetValueOrDefault(id)}'s, yet {principal.Username} sees it too");
                if (notification.GetProperty("kind").GetString() == "INVITATION")
                {
                    var invitationId = notification.GetProperty("link").GetString()!.Split('/')[^1];
                    addressed.Select(i => i.Id).Should().Contain(invitationId, $"{principal.Username} is notified only of invitations to its own email");
                }
            }
        }

        seenBy.Values.Distinct().Should().HaveCountGreaterThanOrEqualTo(3, "demo, alice and bob have notifications to tell apart");
    }

    private (List<Principal> Principals, List<Organization> Organizations) World(FakeHubTenant fresh)
    {
        var seed = Hub.SeedInfo;
        var members = seed.Organizations.SelectMany(o => o.Members).Concat(fresh.Members).Where(m => m.Token.Length > 0)
            .GroupBy(m => m.UserId).Select(g => g.First()).ToList();
        var principals = members.Select(m => new Principal(m.UserId, m.Username, m.Token, m.Email)).ToList();
        principals.Select(p => p.Token).Should().Contain([Tokens.Demo, Tokens.Alice, Tokens.Bob]);
        var organizations = seed.Organizations.Select(o => new Organization(o.Id, o.Members.ToDictionary(m => m.UserId, m => m.Role)))
            .Append(new Organization(fresh.Id, fresh.Members.ToDictionary(m => m.UserId, m => m.Role)))
            .ToList();
        return (principals, organizations);
    }

    private async Task<HttpStatusCode> Status(Principal principal, string path)
    {
        using var response = await Http.FetchAsync(path, token: principal.Token);
        return response.StatusCode;
    }

    private async Task<List<JsonElement>> Content(Principal principal, string path)
    {
        using var response = await Http.FetchAsync(path, token: principal.Token);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} as {1} answered {2}", path, principal.Username, body);
        using var json = JsonDocument.Parse(body);
        var items = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("content");
        return [.. items.EnumerateArray().Select(e => e.Clone())];
    }
}
