namespace KipuHub.FakeServer.Store;

/// <summary>
/// Keeps resets and restores out of the middle of a request. A catalog request resolves its caller and then runs its
/// handler, two store operations; an exclusive operation waits until every request in flight has finished, and new
/// requests wait until it is done, so no request sees half of an old state and half of a new one.
/// </summary>
internal sealed class RequestGate
{
    private readonly Lock _sync = new();
    private int _active;
    private int _exclusive;
    private TaskCompletionSource _open = Completed();
    private TaskCompletionSource? _drained;

    /// <summary>
    /// Admits one request unless an exclusive operation holds the gate (null then: wait with <see cref="EnterAsync"/>).
    /// The usual case, apart so that it neither builds a state machine nor asks for the request's cancellation token,
    /// which Kestrel hands out under a lock of its own.
    /// </summary>
    public Pass? TryEnter()
    {
        lock (_sync)
        {
            if (_exclusive == 0)
            {
                _active++;
                return new Pass(this);
            }
            return null;
        }
    }

    /// <summary>Admits one request, waiting while an exclusive operation runs; dispose the result when the request has finished.</summary>
    public async ValueTask<Pass> EnterAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_sync)
            {
                if (_exclusive == 0)
                {
                    _active++;
                    return new Pass(this);
                }
                wait = _open.Task;
            }
            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="operation"/> once no request is in flight, holding new ones back meanwhile.</summary>
    public T RunExclusive<T>(Func<T> operation)
    {
        Task drained;
        lock (_sync)
        {
            if (_exclusive++ == 0)
            {
                _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_active == 0)
            {
                _drained.TrySetResult();
            }
            drained = _drained.Task;
        }
        try
        {
            drained.Wait();
            return operation();
        }
        finally
        {
            lock (_sync)
            {
                if (--_exclusive == 0)
                {
                    _drained = null;
                    _open.TrySetResult();
                }
            }
        }
    }

    private void Exit()
    {
        lock (_sync)
        {
            if (--_active == 0)
            {
                _drained?.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var open = new TaskCompletionSource();
        open.SetResult();
        return open;
    }

    /// <summary>One admitted request.</summary>
    public readonly struct Pass(RequestGate gate) : IDisposable
    {
        public void Dispose() => gate.Exit();
    }
}
