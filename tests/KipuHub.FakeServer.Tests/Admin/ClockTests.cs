using System.Globalization;

namespace KipuHub.FakeServer.Tests.Admin;

/// <summary>The fake's clock: it stands still unless a test moves it, every write moves it one second, it is state.</summary>
public sealed class ClockTests : FakeHubTest
{
    private static readonly DateTimeOffset s_reference = FakeHubOptions.DefaultReferenceDate;

    [Fact]
    public async Task The_clock_starts_at_the_reference_date_and_each_write_moves_it_one_second()
    {
        Hub.Clock.UtcNow.Should().Be(s_reference);
        Hub.Clock.Advanced.Should().Be(TimeSpan.Zero);

        var created = await Hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "timed" });
        await Task.Delay(50);

        created.CreatedAt.Should().Be(s_reference.AddSeconds(1), "a write happens one second after the previous one");
        Hub.Clock.UtcNow.Should().Be(s_reference.AddSeconds(1), "the clock does not move by itself, only by writes and tests");
    }

    [Fact]
    public async Task Advancing_moves_the_clock_and_the_time_of_the_next_write_by_exactly_that_much()
    {
        Hub.Clock.Advance(TimeSpan.FromMinutes(90));

        Hub.Clock.UtcNow.Should().Be(s_reference.AddMinutes(90));
        Hub.Clock.Advanced.Should().Be(TimeSpan.FromMinutes(90));
        var created = await Hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "later" });
        created.CreatedAt.Should().Be(s_reference.AddMinutes(90).AddSeconds(1));

        Hub.Clock.SetUtcNow(s_reference.AddDays(2));
        Hub.Clock.UtcNow.Should().Be(s_reference.AddDays(2));
        Hub.Clock.ToString().Should().Contain("2026-01-03T00:00:00");
    }

    [Fact]
    public async Task Over_HTTP_the_clock_is_read_advanced_and_set()
    {
        var read = await Hub.AdminJsonAsync(HttpMethod.Get, "clock");
        read.GetProperty("now").GetDateTimeOffset().Should().Be(s_reference);
        read.GetProperty("referenceDate").GetDateTimeOffset().Should().Be(s_reference);
        read.GetProperty("advanced").GetString().Should().Be("00:00:00");

        var advanced = await Hub.AdminJsonAsync(HttpMethod.Post, "clock/advance", """{"by": "00:00:30"}""");
        advanced.GetProperty("now").GetDateTimeOffset().Should().Be(s_reference.AddSeconds(30));
        advanced.GetProperty("advanced").GetString().Should().Be("00:00:30");

        var set = await Hub.AdminJsonAsync(HttpMethod.Put, "clock", """{"now": "2026-01-01T01:00:00Z"}""");
        set.GetProperty("now").GetDateTimeOffset().Should().Be(s_reference.AddHours(1));
        Hub.Clock.UtcNow.Should().Be(s_reference.AddHours(1));
    }

    [Theory]
    [InlineData("POST", "clock/advance", """{"by": "00:00:00"}""", "more than 0")]
    [InlineData("POST", "clock/advance", """{"by": "-00:00:05"}""", "never goes back")]
    [InlineData("POST", "clock/advance", """{"by": "3660.00:00:00"}""", "at most 3653 days")]
    [InlineData("POST", "clock/advance", """{"by": "soon"}""", "d.hh:mm:ss")]
    [InlineData("POST", "clock/advance", """{"seconds": 30}""", "d.hh:mm:ss")]
    [InlineData("POST", "clock/advance", """{}""", "needs 'by'")]
    [InlineData("POST", "clock/advance", "null", "not null")]
    [InlineData("PUT", "clock", """{"now": "2025-12-31T23:59:59Z"}""", "never goes back")]
    [InlineData("PUT", "clock", """{"now": "yesterday"}""", "2026-01-01T01:00:00Z")]
    [InlineData("PUT", "clock", """{}""", "needs 'now'")]
    public async Task A_bad_move_of_the_clock_is_a_400_naming_what_is_accepted_and_changes_nothing(string method, string path, string body, string named)
    {
        var fingerprint = Hub.Store.Fingerprint();

        using var response = await Hub.AdminAsync(new HttpMethod(method), path, body);

        (await response.ReadAdminErrorAsync(HttpStatusCode.BadRequest)).ErrorMessage.Should().Contain(named);
        Hub.Store.Fingerprint().Should().Be(fingerprint);
        Hub.Clock.UtcNow.Should().Be(s_reference);
    }

    [Fact]
    public void A_bad_move_from_CSharp_throws_naming_the_limit()
    {
        Hub.Clock.Invoking(c => c.Advance(TimeSpan.Zero)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("by").WithMessage("*more than 0*");
        Hub.Clock.Invoking(c => c.SetUtcNow(s_reference.AddSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("now").WithMessage("*never goes back*");
        Hub.Clock.UtcNow.Should().Be(s_reference);
    }

    [Fact]
    public void The_clock_is_state_a_reset_and_a_restored_snapshot_bring_its_time_back()
    {
        var seeded = Hub.Store.Fingerprint();
        Hub.Clock.Advance(TimeSpan.FromHours(1));
        Hub.Store.Fingerprint().Should().NotBe(seeded, "the fingerprint covers the clock");
        Hub.SaveSnapshot("an-hour-in");
        Hub.Clock.Advance(TimeSpan.FromHours(5));

        Hub.RestoreSnapshot("an-hour-in");
        Hub.Clock.UtcNow.Should().Be(s_reference.AddHours(1));

        Hub.Reset();
        Hub.Clock.UtcNow.Should().Be(s_reference);
        Hub.Store.Fingerprint().Should().Be(seeded);
    }

    [Fact]
    public void Moving_the_clock_is_a_change_of_state_so_nothing_read_at_the_old_time_is_served_again()
    {
        var version = Hub.Store.Version;

        Hub.Clock.Advance(TimeSpan.FromSeconds(1));

        Hub.Store.Version.Should().BeGreaterThan(version, "the list cache keys on the version");
        string.Create(CultureInfo.InvariantCulture, $"{Hub.Clock.UtcNow:O}").Should().Be("2026-01-01T00:00:01.0000000+00:00");
    }
}
