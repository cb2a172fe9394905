namespace KipuHub.FakeServer.Journal;

/// <summary>The server's journal: the last <see cref="Capacity"/> requests; the oldest go first.</summary>
internal sealed class JournalBuffer(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<JournalEntry> _entries = new();
    private long _sequence;

    public int Capacity { get; } = capacity;

    /// <summary>How many entries were dropped to stay within <see cref="Capacity"/>.</summary>
    public long Dropped { get; private set; }

    public void Add(JournalEntry entry)
    {
        lock (_gate)
        {
            // The entry is the middleware's own, not yet shared, so numbering it in place is safe.
            entry.Number(++_sequence);
            _entries.Enqueue(entry);
            while (_entries.Count > Capacity)
            {
                _entries.Dequeue();
                Dropped++;
            }
        }
    }

    public IReadOnlyList<JournalEntry> Entries()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>As a new journal: empty, numbering from 1 again, nothing dropped.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            _entries.Clear();
            _sequence = 0;
            Dropped = 0;
        }
    }
}
