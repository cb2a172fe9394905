using System.Diagnostics;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.FakeServer;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KipuHub.IntegrationTests;

/// <summary>
/// Traces and metrics as OpenTelemetry's in-memory exporter receives them, client against fake over loopback: a span
/// per call with the HTTP semantic conventions' tags, errors and retries told apart, the duration and retry
/// instruments, and never the token.
/// </summary>
public sealed class TelemetryTests : FakeHubTest
{
    private const string Token = "demo-token";

    // Spans and metrics of other test classes' clients run in the same process; only this fake's port is ours.
    private List<Activity> Ours(List<Activity> spans) =>
        [.. spans.Where(a => a.GetTagItem("server.port") is int port && port == Fake.BaseUrl.Port)];

    [Fact]
    public async Task EachCall_IsOneClientSpan_NamedByItsPathTemplate_WithTheSemanticConventionsTags()
    {
        var spans = new List<Activity>();
        using (Sdk.CreateTracerProviderBuilder().AddSource(HubPlatformClientOptions.TelemetryName).AddInMemoryExporter(spans).Build())
        {
            var first = (await Hub.Services.InOrg(Org).Page(0, 1).ListAsync()).Content[0];
            await Hub.Services.InOrg(Org).GetAsync(first.Id);
            await FluentActions.Awaiting(() => Hub.Services.InOrg(Org).GetAsync("no-such-service")).Should().ThrowAsync<NotFoundException>();
        }

        var ours = Ours(spans);
        ours.Select(a => a.DisplayName).Should().Equal("GET /services", "GET /services/{id}", "GET /services/{id}");
        ours.Should().OnlyContain(a => a.Kind == ActivityKind.Client && a.Source.Name == "KipuHub");
        ours[1].Tags.Should().Contain([
            new("http.request.method", "GET"), new("url.template", "/services/{id}"), new("server.address", "127.0.0.1"),
            new("kipuhub.endpoint", nameof(HubCatalog.ServicesGet)), new("kipuhub.namespace", "services")]);
        (ours[1].GetTagItem("http.response.status_code"), ours[1].GetTagItem("kipuhub.attempts"), ours[1].Status).Should().Be((200, 1, ActivityStatusCode.Unset));
        (ours[2].GetTagItem("http.response.status_code"), ours[2].GetTagItem("error.type"), ours[2].Status).Should().Be((404, "404", ActivityStatusCode.Error));
        ours.SelectMany(a => a.TagObjects).Should().NotContain(t => t.Value != null && t.Value.ToString()!.Contains(Token));
    }

    [Fact]
    public async Task ARetriedCall_IsOneSpanWithItsAttempts_AndTheMeterCountsDurationAndRetries()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        List<MetricSnapshot> exported;
        Fake.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Status = 503, Times = 1 });
        using (var meters = Sdk.CreateMeterProviderBuilder().AddMeter(HubPlatformClientOptions.TelemetryName).AddInMemoryExporter(metrics).Build())
        using (Sdk.CreateTracerProviderBuilder().AddSource(HubPlatformClientOptions.TelemetryName).AddInMemoryExporter(spans).Build())
        {
            await Hub.Services.InOrg(Org).Page(0, 5).ListAsync();
            await Hub.Services.InOrg(Org).Page(1, 5).ListAsync();
            meters.ForceFlush();
            exported = [.. metrics];
        }

        var ours = Ours(spans);
        ours.Select(a => a.GetTagItem("kipuhub.attempts")).Should().Equal(2, 1);
        ours.Should().OnlyContain(a => (int)a.GetTagItem("http.response.status_code")! == 200 && a.Status == ActivityStatusCode.Unset);
        var duration = Points(exported, "kipuhub.client.request.duration");
        var retries = Points(exported, "kipuhub.client.request.retries");
        duration.Sum(p => p.GetHistogramCount()).Should().Be(2);
        duration.Should().OnlyContain(p => p.GetHistogramSum() > 0);
        retries.Sum(p => p.GetSumLong()).Should().Be(1);
        exported.Single(m => m.Name == "kipuhub.client.request.duration").Unit.Should().Be("s");
    }

    private List<MetricPoint> Points(List<MetricSnapshot> metrics, string name) =>
        [.. metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).Where(p => IsOurs(p.Tags))];

    private bool IsOurs(ReadOnlyTagCollection tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "server.port" && tag.Value is int port && port == Fake.BaseUrl.Port)
            {
                return true;
            }
        }
        return false;
    }
}
