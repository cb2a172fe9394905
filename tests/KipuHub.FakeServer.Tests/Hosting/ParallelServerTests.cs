namespace KipuHub.FakeServer.Tests.Hosting;

/// <summary>
/// Three test classes, so three xunit collections that run in parallel, each with servers of its own: writes in one
/// never show in another, and every server has its own port.
/// </summary>
public abstract class ParallelServerTestBase
{
    protected abstract string Marker { get; }

    [Fact]
    public async Task Each_server_has_its_own_state_port_and_journal()
    {
        await using var hub = await FakeHubServer.StartAsync();
        var seeded = (await hub.Client.Applications.ListAsync()).Count;
        for (var i = 0; i < 5; i++)
        {
            await hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = $"{Marker}-{i}" });
            await Task.Delay(10);
        }

        var names = (await hub.Client.Applications.ListAsync()).Select(a => a.Name).ToList();
        names.Should().HaveCount(seeded + 5);
        names.Where(n => n!.Contains('-', StringComparison.Ordinal) && n.StartsWith("parallel", StringComparison.Ordinal))
            .Should().OnlyContain(n => n!.StartsWith(Marker, StringComparison.Ordinal));
        hub.Journal.Entries.Should().HaveCount(7);
        ParallelPorts.Claim(hub.BaseUrl.Port).Should().BeTrue("port {0} is used by one running server only", hub.BaseUrl.Port);
        ParallelPorts.Release(hub.BaseUrl.Port);
    }
}

internal static class ParallelPorts
{
    private static readonly HashSet<int> s_inUse = [];

    public static bool Claim(int port)
    {
        lock (s_inUse)
        {
            return s_inUse.Add(port);
        }
    }

    public static void Release(int port)
    {
        lock (s_inUse)
        {
            s_inUse.Remove(port);
        }
    }
}

public sealed class ParallelServersA : ParallelServerTestBase
{
    protected override string Marker => "parallel-a";
}

public sealed class ParallelServersB : ParallelServerTestBase
{
    protected override string Marker => "parallel-b";
}

public sealed class ParallelServersC : ParallelServerTestBase
{
    protected override string Marker => "parallel-c";
}

public sealed class ManyServersTests
{
    [Fact]
    public async Task Eight_servers_started_at_once_stay_apart()
    {
        var hubs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => FakeHubServer.StartAsync()));
        try
        {
            hubs.Select(h => h.BaseUrl.Port).Should().OnlyHaveUniqueItems();
            await Task.WhenAll(hubs.Select((hub, i) => hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = $"server {i}" })));
            hubs[3].Reset();
            hubs[5].Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { Status = 503, Times = 1 });
            for (var i = 0; i < hubs.Length; i++)
            {
                var names = (await hubs[i].Client.Applications.ListAsync()).Select(a => a.Name).ToList();
                names.Where(n => n!.StartsWith("server ", StringComparison.Ordinal)).Should().Equal(i == 3 ? [] : [$"server {i}"]);
                hubs[i].Journal.Entries.Count(e => e.Fault is not null).Should().Be(i == 5 ? 1 : 0);
            }
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }
}
