using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

public sealed class ApplicationsAndSubscriptionsTests : FakeHubTest
{
    [Fact]
    public async Task Application_CreateGetListTokenDelete()
    {
        var created = await Hub.Applications.InOrg(Org).CreateAsync(new CreateApplicationRequest { Name = "Portfolio optimizer" });

        created.Name.Should().Be("Portfolio optimizer");
        (await Hub.Applications.InOrg(Org).GetAsync(created.Id)).Should().BeEquivalentTo(created);
        (await Hub.Applications.InOrg(Org).ListAsync()).Should().ContainSingle(a => a.Id == created.Id);

        var token = await Hub.Applications.InOrg(Org).CreateAccessTokenAsync(created.Id);
        token.Value.Should().NotBeNullOrEmpty();
        token.ToString().Should().NotContain(token.Value!);

        await Hub.Applications.InOrg(Org).DeleteAsync(created.Id);
        (await Hub.Applications.InOrg(Org).ListAsync()).Should().NotContain(a => a.Id == created.Id);
        await FluentActions.Awaiting(() => Hub.Applications.InOrg(Org).GetAsync(created.Id)).Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task Subscription_ToAPublishedService_IsListedAndReadable_ThenCancelled()
    {
        var service = await Published();
        var app = await Hub.Applications.InOrg(Org).CreateAsync(new CreateApplicationRequest { Name = "Consumer" });

        var subscription = await Hub.Subscriptions.InOrg(Org).CreateAsync(new CreateSubscriptionRequest { ServiceId = service.Id, ApplicationId = app.Id });

        subscription.Application!.Id.Should().Be(app.Id);
        subscription.Api!.ServiceId.Should().Be(service.Id);
        (await Hub.Subscriptions.InOrg(Org).GetAsync(subscription.Id)).Id.Should().Be(subscription.Id);
        (await Hub.Applications.InOrg(Org).Subscriptions(app.Id).ListAsync()).Should().ContainSingle(s => s.Id == subscription.Id);
        (await Hub.Applications.InOrg(Org).GetAsync(app.Id)).SubscriptionCount.Should().Be(1);
        (await Hub.Subscriptions.InOrg(Org).ServiceExecutions(subscription.Id).ListAsync()).Should().NotBeNull();

        await Hub.Subscriptions.InOrg(Org).DeleteAsync(subscription.Id);

        (await Hub.Applications.InOrg(Org).Subscriptions(app.Id).ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task SeededSubscription_HasServiceExecutions()
    {
        var apps = await Hub.Applications.InOrg(Org).ListAsync();
        var withSubscriptions = apps.First(a => a.SubscriptionCount > 0);
        var subscription = (await Hub.Applications.InOrg(Org).Subscriptions(withSubscriptions.Id).ListAsync())[0];

        var executions = await Hub.Subscriptions.InOrg(Org).ServiceExecutions(subscription.Id).ListAsync();

        executions.Should().NotBeEmpty();
        executions.Should().OnlyContain(e => e.Status != null && e.CreatedAt != null);
    }

    [Fact]
    public async Task Subscribe_TwiceOrToAnUnpublishedService_Conflicts_AndChangesNothing()
    {
        var app = await Hub.Applications.InOrg(Org).CreateAsync(new CreateApplicationRequest { Name = "Eager" });
        var published = await Published();
        var unpublished = (await Hub.Services.InOrg(Org).Where(s => s.Lifecycle == ServiceLifecycle.Created).Page(0, 1).ListAsync()).Content[0];
        await Hub.Subscriptions.InOrg(Org).CreateAsync(new CreateSubscriptionRequest { ServiceId = published.Id, ApplicationId = app.Id });

        await FluentActions.Awaiting(() => Hub.Subscriptions.InOrg(Org).CreateAsync(new CreateSubscriptionRequest { ServiceId = published.Id, ApplicationId = app.Id }))
            .Should().ThrowAsync<ConflictException>();
        await FluentActions.Awaiting(() => Hub.Subscriptions.InOrg(Org).CreateAsync(new CreateSubscriptionRequest { ServiceId = unpublished.Id, ApplicationId = app.Id }))
            .Should().ThrowAsync<ConflictException>();

        (await Hub.Applications.InOrg(Org).Subscriptions(app.Id).ListAsync()).Should().ContainSingle();
    }

    private async Task<ServiceOverview> Published() =>
        (await Hub.Services.InOrg(Org).Where(s => s.Lifecycle == ServiceLifecycle.Published).Page(0, 1).ListAsync()).Content[0];
}
