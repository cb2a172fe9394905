namespace KipuHub.FakeServer.Journal;

/// <summary>
/// The server's journal: the last <see cref="Capacity"/> requests; the oldest go first. Entries are kept as
/// <see cref="JournalRecord"/> values in a ring and become <see cref="JournalEntry"/> objects only when read: an object
/// per request that lives for the next thousand requests would outlive several Gen0 collections, be promoted, and
/// under load cost the fake more in Gen1 and Gen2 collections than any other part of a request.
/// </summary>
internal sealed class JournalBuffer(int capacity)
{
    /// <summary>The ring's first size; it doubles as requests come, up to the capacity, so a big journal costs nothing until used.</summary>
    private const int InitialSlots = 256;

    private readonly Lock _gate = new();
    private JournalRecord[] _ring = [];
    private int _start;
    private int _count;
    private long _sequence;

    public int Capacity { get; } = capacity;

    /// <summary>How many entries were dropped to stay within <see cref="Capacity"/>.</summary>
    public long Dropped { get; private set; }

    public void Add(in JournalRecord record)
    {
        lock (_gate)
        {
            if (_count == _ring.Length && _ring.Length < Capacity)
            {
                Grow();
            }
            if (_count < _ring.Length)
            {
                _ring[(_start + _count) % _ring.Length] = record with { Sequence = ++_sequence };
                _count++;
                return;
            }
            // Full: the newest takes the oldest's slot.
            _ring[_start] = record with { Sequence = ++_sequence };
            _start = (_start + 1) % _ring.Length;
            Dropped++;
        }
    }

    public IReadOnlyList<JournalEntry> Entries()
    {
        lock (_gate)
        {
            var entries = new JournalEntry[_count];
            for (var i = 0; i < _count; i++)
            {
                entries[i] = _ring[(_start + i) % _ring.Length].ToEntry();
            }
            return entries;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Empty();
        }
    }

    /// <summary>As a new journal: empty, numbering from 1 again, nothing dropped.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            Empty();
            _sequence = 0;
            Dropped = 0;
        }
    }

    private void Empty()
    {
        // Cleared, not only forgotten, so the strings the old entries held can be collected.
        Array.Clear(_ring);
        _start = 0;
        _count = 0;
    }

    /// <summary>Doubles the ring (up to the capacity), its entries in order from slot 0.</summary>
    private void Grow()
    {
        var grown = new JournalRecord[Math.Min(Capacity, Math.Max(InitialSlots, _ring.Length * 2))];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = _ring[(_start + i) % _ring.Length];
        }
        _ring = grown;
        _start = 0;
    }
}
