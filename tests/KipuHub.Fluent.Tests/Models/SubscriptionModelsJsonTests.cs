using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Subscriptions and service executions (docs/contract.md#wire-models).</summary>
public class SubscriptionModelsJsonTests
{
    [Fact]
    public void Subscription_GoldenDocument_ReadsEveryFieldAndNestedDtos()
    {
        var subscription = GoldenJson.Read<Subscription>(GoldenFiles.Json("Subscription"));

        subscription.Id.Should().Be(SubscriptionId);
        subscription.LogsAvailable.Should().BeTrue();
        subscription.Application!.Id.Should().Be(GoldenDocuments.ApplicationId);
        subscription.Application.SubscriptionCount.Should().Be(2);
        subscription.Api!.Id.Should().Be(ApiId);
        subscription.Api.ServiceId.Should().Be(ServiceId);
        subscription.Api.Lifecycle.Should().Be(ServiceLifecycle.Accessible);
        subscription.Api.ServiceType.Should().Be(ServiceType.Managed);
        subscription.PricingPlan!.Id.Should().Be(FreePricingPlanId);
        subscription.PricingPlan.Type.Should().Be(PricingPlanType.Free);
        subscription.PricingPlan.Products.Should().BeEmpty();
    }

    [Fact]
    public void CreateSubscriptionRequest_WrittenByTheClient_MatchesTheGoldenDocument()
    {
        GoldenJson.Write(new CreateSubscriptionRequest { ServiceId = ServiceId, ApplicationId = GoldenDocuments.ApplicationId })
            .ShouldBeSameJsonAs(GoldenFiles.Json("CreateSubscriptionRequest"));

        var read = GoldenJson.Read<CreateSubscriptionRequest>(GoldenFiles.Json("CreateSubscriptionRequest"));
        read.ServiceId.Should().Be(ServiceId);
        read.ApplicationId.Should().Be(GoldenDocuments.ApplicationId);
    }

    [Fact]
    public void ServiceExecution_GoldenDocument_ReadsEveryField()
    {
        var execution = GoldenJson.Read<ServiceExecution>(GoldenFiles.Json("ServiceExecution"));

        execution.Id.Should().Be(ExecutionId);
        execution.Status.Should().Be(ExecutionStatus.Succeeded);
        execution.CreatedAt.Should().Be(new DateTimeOffset(2024, 3, 5, 14, 22, 10, 512, TimeSpan.Zero));
        execution.StartedAt.Should().Be(new DateTimeOffset(2024, 3, 5, 14, 22, 11, 34, TimeSpan.Zero));
        execution.EndedAt.Should().Be(new DateTimeOffset(2024, 3, 5, 14, 23, 40, 871, TimeSpan.Zero));
    }

    [Fact]
    public void ServiceExecution_ProviderViewWithoutStatus_ReadsWithNullStatus()
    {
        // §3.7: the provider view (GET /managed-services/.../executions) has no status field.
        var execution = GoldenJson.Read<ServiceExecution>("""
            { "id": "9bf31c7f-f062-436a-96d3-c8bd1f8f2ff3", "createdAt": "2024-03-05T14:22:10.512Z",
              "startedAt": "2024-03-05T14:22:11.034Z", "endedAt": "2024-03-05T14:23:40.871Z" }
            """);

        execution.Id.Should().Be(ExecutionId);
        execution.Status.Should().BeNull();
        execution.EndedAt.Should().NotBeNull();
    }
}
