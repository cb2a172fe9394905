using KipuHub.FakeServer.Journal;

namespace KipuHub.FakeServer.Tests.Journal;

/// <summary>
/// The journal's ring: it grows as requests come, then the newest take the oldest's slots; whatever the ring's
/// state, readers get the last requests in order, numbered without a gap.
/// </summary>
public sealed class JournalBufferTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(5, 5)]
    [InlineData(5, 12)]
    [InlineData(300, 299)]
    [InlineData(300, 300)]
    [InlineData(300, 1_001)]
    [InlineData(1_000, 2_500)]
    public void It_keeps_the_last_requests_in_order_through_growth_and_wrapping(int capacity, int requests)
    {
        var journal = new JournalBuffer(capacity);

        for (var i = 1; i <= requests; i++)
        {
            journal.Add(Record(i));
        }

        var kept = Math.Min(capacity, requests);
        var entries = journal.Entries();
        entries.Select(e => e.Sequence).Should().Equal(Enumerable.Range(requests - kept + 1, kept).Select(n => (long)n));
        entries.Select(e => e.Path).Should().Equal(Enumerable.Range(requests - kept + 1, kept).Select(n => $"/qc-catalog/{n}"));
        journal.Dropped.Should().Be(requests - kept);
    }

    [Fact]
    public void Reading_in_between_sees_each_state_and_later_adds_do_not_change_what_was_read()
    {
        var journal = new JournalBuffer(3);
        journal.Add(Record(1));
        journal.Add(Record(2));
        var early = journal.Entries();

        journal.Add(Record(3));
        journal.Add(Record(4));

        early.Select(e => e.Sequence).Should().Equal(1, 2);
        journal.Entries().Select(e => e.Sequence).Should().Equal(2, 3, 4);
    }

    [Fact]
    public void Clearing_keeps_the_numbering_and_restarting_begins_again_at_one()
    {
        var journal = new JournalBuffer(2);
        for (var i = 1; i <= 5; i++)
        {
            journal.Add(Record(i));
        }

        journal.Clear();
        journal.Entries().Should().BeEmpty();
        journal.Add(Record(6));
        journal.Entries().Single().Sequence.Should().Be(6, "numbers count on across clearing");
        journal.Dropped.Should().Be(3);

        journal.Restart();
        journal.Add(Record(1));
        journal.Entries().Single().Sequence.Should().Be(1);
        journal.Dropped.Should().Be(0);
    }

    [Fact]
    public void An_entry_reads_back_with_every_field_it_was_recorded_with()
    {
        var journal = new JournalBuffer(10);
        var record = Record(7) with
        {
            Timestamp = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero),
            Route = "ServicesList",
            TenantId = "org-1",
            PrincipalId = "user-1",
            Principal = "demo",
            Status = 429,
            DurationMs = 1.5,
            RequestBytes = 12,
            ResponseBytes = 34,
            Page = 2,
            Size = 20,
            Fault = "fault-1: 429",
            Diagnostics = ["KH0002 unpaged"],
        };

        journal.Add(record);

        journal.Entries().Single().Should().Be(new JournalEntry
        {
            Sequence = 1,
            Timestamp = record.Timestamp,
            Method = "GET",
            Path = "/qc-catalog/7",
            Query = "page=7",
            Route = "ServicesList",
            TenantId = "org-1",
            PrincipalId = "user-1",
            Principal = "demo",
            Status = 429,
            DurationMs = 1.5,
            RequestBytes = 12,
            ResponseBytes = 34,
            Page = 2,
            Size = 20,
            Fault = "fault-1: 429",
            Diagnostics = record.Diagnostics,
        });
    }

    private static JournalRecord Record(int n) => new()
    {
        Method = "GET",
        Path = $"/qc-catalog/{n}",
        Query = $"page={n}",
        Status = 200,
        Diagnostics = [],
    };
}
