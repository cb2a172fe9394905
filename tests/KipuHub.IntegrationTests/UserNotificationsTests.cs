using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The caller's notifications, client against fake over loopback: events elsewhere (an invitation, a finished build,
/// a failed execution, a budget passed) notify the users they concern, each sees only its own, and read and deleted
/// states are the user's alone and come back with resets and snapshots.
/// </summary>
public sealed class UserNotificationsTests : FakeHubTest
{
    [Fact]
    public async Task TheList_IsNewestFirst_Paged_AndFiltersOnReadState_TheSeedHasReadAndDeletedSome()
    {
        var all = await Hub.UserNotifications.Page(0, 100).AllAsync().ToListAsync();
        var first = await Hub.UserNotifications.Page(0, 10).ListAsync();
        var unread = await Hub.UserNotifications.Where(n => n.Read == false).Page(0, 100).AllAsync().ToListAsync();
        var read = await Hub.UserNotifications.Where(n => n.Read == true).Page(0, 100).AllAsync().ToListAsync();
        var oldestFirst = await Hub.UserNotifications.OrderBy(n => n.CreatedAt).Page(0, 1).ListAsync();

        all.Count.Should().BeGreaterThan(25, "the demo user's seeded notifications are more than a page");
        (first.TotalElements, first.Content.Count).Should().Be((all.Count, 10));
        all.Select(n => n.CreatedAt).Should().BeInDescendingOrder();
        (all[0].Read, all[1].Read).Should().Be((true, true), "the seed has read the two newest");
        (unread.Count + read.Count).Should().Be(all.Count);
        unread.Should().OnlyContain(n => n.Read == false);
        all.Select(n => n.Kind!.Value.Value).Distinct().Should().Contain(["BUILD_SUCCEEDED", "INVITATION"]);
        oldestFirst.Content[0].Should().Be(all[^1]);
    }

    [Fact]
    public async Task AnInvitation_NotifiesTheInvitee_AtOnce_AndNobodyElse()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var invitee = tenant.CreateClient();
        var email = tenant.Member(PermissionRole.Owner).Email;
        var before = await Hub.UserNotifications.Page(0, 100).AllAsync().Select(n => n.Id).ToListAsync();

        var invitation = await Hub.Organizations.Invitations(Org).CreateAsync(new() { Email = email, Role = PermissionRole.Viewer });
        var theirs = await invitee.UserNotifications.ListAsync();
        var demos = await Hub.UserNotifications.Page(0, 100).AllAsync().Select(n => n.Id).ToListAsync();

        theirs.Content.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = NotificationKind.Invitation,
            Read = false,
            Link = $"/users/me/invitations/{invitation.Id}",
            CreatedAt = invitation.CreatedAt,
        });
        theirs.Content[0].Message.Should().Contain("Kipu Demo Org").And.Contain("VIEWER");
        demos.Should().BeEquivalentTo(before, "the inviter is not notified");
    }

    [Fact]
    public async Task AFinishedBuild_NotifiesEveryMemberOfTheTenant_OnTheClock()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var service = await owner.ManagedServices.InOrg(tenant.Id).CreateAsync(new CreateManagedServiceRequest { Name = "notified" }, new MemoryStream([1]));

        var whileBuilding = await viewer.UserNotifications.ListAsync();
        Fake.Clock.Advance(TimeSpan.FromMinutes(5));
        var owners = await owner.UserNotifications.ListAsync();
        var viewers = await viewer.UserNotifications.ListAsync();

        whileBuilding.TotalElements.Should().Be(0, "a build that has not finished tells no one");
        owners.Content.Should().ContainSingle().Which.Kind.Should().BeOneOf(NotificationKind.BuildSucceeded, NotificationKind.BuildFailed);
        viewers.Content.Should().ContainSingle().Which.Link.Should().StartWith($"/services/{service.Id}/");
        viewers.Content[0].Id.Should().NotBe(owners.Content[0].Id, "each recipient has a notification of its own");
    }

    [Fact]
    public async Task AFailedExecution_NotifiesTheMembersOfTheAccountThatRanIt_LinkingToIt()
    {
        var failed = await Hub.UserNotifications.Page(0, 100).AllAsync().Where(n => n.Kind == NotificationKind.ExecutionFailed).ToListAsync();
        using var bob = Fake.CreateClient("bob-token");
        var bobs = await bob.UserNotifications.Page(0, 100).AllAsync().Where(n => n.Kind == NotificationKind.ExecutionFailed).ToListAsync();

        failed.Should().NotBeEmpty("the seed has failed executions in the demo user's accounts");
        foreach (var notification in failed)
        {
            var executionId = notification.Link!.Split('/')[^1];
            var execution = await FindExecutionAsync(executionId);
            execution.Should().NotBeNull($"{notification.Link} is an execution of one of the demo user's accounts");
            execution!.Status.Should().Be(ExecutionStatus.Failed);
            notification.CreatedAt.Should().Be(execution.EndedAt ?? execution.CreatedAt);
        }
        bobs.Select(n => n.Link).Should().NotIntersectWith(failed.Select(n => n.Link), "bob is in none of those accounts");
    }

    private async Task<ServiceExecution?> FindExecutionAsync(string executionId)
    {
        foreach (var account in await Hub.Users.GetAccountsAsync())
        {
            try
            {
                return await (account.IsOrganization ? Hub.ServiceExecutions.InOrg(account.Id) : Hub.ServiceExecutions.InPersonalAccount()).GetAsync(executionId);
            }
            catch (NotFoundException)
            {
            }
        }
        return null;
    }

    [Fact]
    public async Task ABudgetPassed_NotifiesTheOwnersOfTheAccount()
    {
        using var alice = Fake.CreateClient("alice-token");
        var alicesBefore = await alice.UserNotifications.Page(0, 100).AllAsync().CountAsync();
        await Hub.Billing.InOrg(Org).CreateBudgetAsync(new() { Name = "Tiny", Amount = 0.01m });
        await Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId });

        Fake.Clock.Advance(TimeSpan.FromSeconds(62));
        var passed = await Hub.UserNotifications.Page(0, 100).AllAsync().Where(n => n.Kind == NotificationKind.BudgetExceeded).ToListAsync();

        passed.Should().Contain(n => n.Title == "Budget 'Tiny' passed" && n.Read == false && n.Link == "/billing/budgets");
        (await alice.UserNotifications.Page(0, 100).AllAsync().CountAsync()).Should().Be(alicesBefore, "alice is a MAINTAINER, not an OWNER, of the demo organization");
    }

    [Fact]
    public async Task MarkRead_MarkAllRead_AndDelete_AreTheUsersOwn_AndADeletedOneIsGone()
    {
        using var alice = Fake.CreateClient("alice-token");
        var unread = await Hub.UserNotifications.Where(n => n.Read == false).Page(0, 100).AllAsync().ToListAsync();
        var alicesUnread = await alice.UserNotifications.Where(n => n.Read == false).Page(0, 100).AllAsync().CountAsync();

        var marked = await Hub.UserNotifications.MarkReadAsync(unread[0].Id);
        await Hub.UserNotifications.DeleteAsync(unread[1].Id);
        var afterOne = await Hub.UserNotifications.Page(0, 100).AllAsync().ToListAsync();
        await Hub.UserNotifications.MarkAllReadAsync();

        marked.Should().Be(unread[0] with { Read = true });
        afterOne.Should().Contain(n => n.Id == unread[0].Id && n.Read == true).And.NotContain(n => n.Id == unread[1].Id);
        (await Hub.UserNotifications.Where(n => n.Read == false).ListAsync()).TotalElements.Should().Be(0);
        (await alice.UserNotifications.Where(n => n.Read == false).Page(0, 100).AllAsync().CountAsync()).Should().Be(alicesUnread, "marking all read is the caller's alone");
        await ExpectNothingChangedAsync<NotFoundException>(() => Hub.UserNotifications.DeleteAsync(unread[1].Id));
        (await ExpectNothingChangedAsync<NotFoundException>(() => Hub.UserNotifications.MarkReadAsync(unread[1].Id))).ErrorMessage.Should().Contain("deleted ones are gone");
    }

    [Fact]
    public async Task AnotherUsersNotification_Is404_ForEveryOperation_AndChangesNothing()
    {
        using var bob = Fake.CreateClient("bob-token");
        var demos = (await Hub.UserNotifications.ListAsync()).Content[0];

        var read = await ExpectNothingChangedAsync<NotFoundException>(() => bob.UserNotifications.MarkReadAsync(demos.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.UserNotifications.DeleteAsync(demos.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => Hub.UserNotifications.MarkReadAsync("no-such-notification"));

        read.ErrorMessage.Should().Contain("user 'bob'").And.Contain("GET /notifications");
        (await bob.UserNotifications.Page(0, 100).AllAsync().ToListAsync()).Should().NotContain(n => n.Id == demos.Id);
    }

    [Fact]
    public async Task ReadStates_ComeBackWithASnapshot_AndAReset()
    {
        var unread = (await Hub.UserNotifications.Where(n => n.Read == false).ListAsync()).Content[0];
        Fake.SaveSnapshot("before-reading");

        await Hub.UserNotifications.MarkReadAsync(unread.Id);
        Fake.RestoreSnapshot("before-reading");
        var restored = await Hub.UserNotifications.Page(0, 100).AllAsync().FirstAsync(n => n.Id == unread.Id);
        await Hub.UserNotifications.DeleteAsync(unread.Id);
        Fake.Reset();
        var reset = await Hub.UserNotifications.Page(0, 100).AllAsync().FirstAsync(n => n.Id == unread.Id);

        (restored.Read, reset.Read).Should().Be((false, false));
    }

    [Fact]
    public async Task AReadFilterThatIsNoBoolean_Is400_NamingTrueOrFalse()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl.ToString().TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", "demo-token");

        using var response = await http.GetAsync("notifications?read=maybe");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("true or false");
    }
}
