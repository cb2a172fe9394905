using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Web;
using KipuHub.Errors;
using KipuHub.Fluent.Tests.Http;
using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Queries;

/// <summary>
/// AllAsync with <c>Prefetch()</c>: the next page is requested while the caller consumes the current one. Every
/// ordering claim is proven with a handler whose answers the test releases by hand, never with timing.
/// </summary>
public sealed class PrefetchTests
{
    /// <summary>How long a test waits for something that must happen; only a failing test ever waits this long.</summary>
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(45, 20, "page")]
    [InlineData(40, 20, "number")]
    [InlineData(1, 20, "page")]
    [InlineData(7, 1, "page")]
    public async Task Prefetch_ReadsTheSameItemsInOrder_WithTheSameRequests(int total, int size, string pageField)
    {
        var plain = new PagedHandler(total, pageField: pageField);
        var prefetching = new PagedHandler(total, pageField: pageField);
        using var plainHub = Create(plain);
        using var prefetchingHub = Create(prefetching);

        var expected = await plainHub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published).Page(0, size).AllAsync().ToListAsync();
        var actual = await prefetchingHub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published).Page(0, size).Prefetch().AllAsync().ToListAsync();

        actual.Should().Equal(expected);
        actual.Select(s => s.Id).Should().Equal(Enumerable.Range(0, total).Select(i => $"s{i}"));
        prefetching.Queries.Should().Equal(plain.Queries, "prefetching sends the same requests, and none past the last page");
    }

    [Fact]
    public async Task Prefetch_WithoutTotals_StopsAfterThePageThatClaimsToBeTheLast()
    {
        // An envelope without totals reads as "this is the last page": no request may follow it.
        var handler = new PagedHandler(45, withTotals: false);
        using var hub = Create(handler);

        var all = await hub.Services.Page(0, 20).Prefetch().AllAsync().ToListAsync();

        all.Should().HaveCount(20);
        handler.Queries.Should().Equal("?page=0&size=20");
    }

    [Fact]
    public async Task Prefetch_WhenAPageIsEmpty_StopsThere()
    {
        // The totals promise 3 pages but page 1 is empty: plain AllAsync stops there, and so does prefetching.
        var handler = new PagedHandler(45, emptyFrom: 1);
        using var hub = Create(handler);

        var all = await hub.Services.Page(0, 20).Prefetch().AllAsync().ToListAsync();

        all.Should().HaveCount(20);
        handler.Queries.Should().Equal("?page=0&size=20", "?page=1&size=20");
    }

    [Fact]
    public async Task Prefetch_WhenTheFirstPageIsTheLast_StartsNoPrefetch()
    {
        var handler = new PagedHandler(20);
        using var hub = Create(handler);

        await using var items = hub.Services.Page(0, 20).Prefetch().AllAsync().GetAsyncEnumerator();
        for (var i = 0; i < 20; i++)
        {
            (await items.MoveNextAsync()).Should().BeTrue();
        }
        (await items.MoveNextAsync()).Should().BeFalse();

        handler.Queries.Should().Equal("?page=0&size=20");
    }

    [Fact]
    public async Task Prefetch_RequestsTheNextPage_WhileTheCallerIsStillOnTheFirstItem()
    {
        var handler = new PagedHandler(45) { Gated = true };
        handler.Release(0);
        using var hub = Create(handler);

        await using var items = hub.Services.Page(0, 20).Prefetch().AllAsync().GetAsyncEnumerator();
        (await items.MoveNextAsync()).Should().BeTrue();
        items.Current.Id.Should().Be("s0");

        // The caller holds the first item of page 0 and asks for nothing more; page 1 must be asked for anyway.
        await handler.Requested(1).WaitAsync(s_patience);
        handler.Queries.Should().Equal("?page=0&size=20", "?page=1&size=20");
    }

    [Fact]
    public async Task WithoutPrefetch_TheNextPageWaitsUntilTheCurrentOneIsUsedUp()
    {
        var handler = new PagedHandler(45);
        using var hub = Create(handler);

        await using var items = hub.Services.Page(0, 20).AllAsync().GetAsyncEnumerator();
        for (var i = 0; i < 20; i++)
        {
            (await items.MoveNextAsync()).Should().BeTrue();
        }

        handler.Queries.Should().Equal(["?page=0&size=20"], "the default stays lazy: an early stop never costs a request");
        (await items.MoveNextAsync()).Should().BeTrue();
        handler.Queries.Should().HaveCount(2);
    }

    [Fact]
    public async Task Prefetch_StaysAtMostOnePageAhead()
    {
        var handler = new PagedHandler(100) { Gated = true };
        handler.Release(0);
        handler.Release(1);
        handler.Release(2);
        using var hub = Create(handler);

        await using var items = hub.Services.Page(0, 20).Prefetch().AllAsync().GetAsyncEnumerator();
        (await items.MoveNextAsync()).Should().BeTrue();
        await handler.Answered(1).WaitAsync(s_patience);

        // Page 1 has arrived while the caller is still on page 0: nothing more is fetched until the caller reaches page 1.
        handler.Queries.Should().HaveCount(2);
        for (var i = 1; i <= 20; i++)
        {
            (await items.MoveNextAsync()).Should().BeTrue();
        }
        items.Current.Id.Should().Be("s20");
        await handler.Answered(2).WaitAsync(s_patience);
        handler.Queries.Should().HaveCount(3, "on page 1, page 2 is fetched, and not page 3");
    }

    [Fact]
    public async Task BreakingOut_CancelsTheInFlightPrefetch_AndSendsNothingMore()
    {
        var handler = new PagedHandler(45) { Gated = true };
        handler.Release(0);
        using var hub = Create(handler);

        var read = async () =>
        {
            await foreach (var service in hub.Services.Page(0, 20).Prefetch().AllAsync())
            {
                await handler.Requested(1).WaitAsync(s_patience);
                break;
            }
        };

        // Page 1 is never released: leaving the loop ends only because the enumerator's disposal cancels its request.
        await read().WaitAsync(s_patience);
        handler.Canceled(1).IsCompleted.Should().BeTrue("the prefetch is canceled when the loop is left");
        handler.Queries.Should().Equal("?page=0&size=20", "?page=1&size=20");
    }

    [Fact]
    public async Task CancellingTheToken_CancelsTheInFlightPrefetch_AndRaisesTheCallersCancellation()
    {
        var handler = new PagedHandler(45) { Gated = true };
        handler.Release(0);
        using var hub = Create(handler);
        using var cancel = new CancellationTokenSource();

        await using var items = hub.Services.Page(0, 20).Prefetch().AllAsync(cancel.Token).GetAsyncEnumerator();
        (await items.MoveNextAsync()).Should().BeTrue();
        await handler.Requested(1).WaitAsync(s_patience);

        await cancel.CancelAsync();

        await handler.Canceled(1).WaitAsync(s_patience);
        var drain = async () =>
        {
            while (await items.MoveNextAsync())
            {
            }
        };
        (await drain.Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(cancel.Token);
        handler.Queries.Should().Equal("?page=0&size=20", "?page=1&size=20");
    }

    [Fact]
    public async Task AnErrorOnThePrefetchedPage_SurfacesWhenTheCallerReachesThatPage()
    {
        var handler = new PagedHandler(45) { FailWith = { [1] = HttpStatusCode.NotFound } };
        using var hub = Create(handler);

        await using var items = hub.Services.Page(0, 20).Prefetch().AllAsync().GetAsyncEnumerator();
        (await items.MoveNextAsync()).Should().BeTrue();
        await handler.Answered(1).WaitAsync(s_patience);

        // Page 1 has been answered with 404; the caller still gets every item of page 0 first.
        for (var i = 1; i < 20; i++)
        {
            (await items.MoveNextAsync()).Should().BeTrue();
            items.Current.Id.Should().Be($"s{i}");
        }
        var next = async () => await items.MoveNextAsync();
        var error = (await next.Should().ThrowAsync<NotFoundException>()).Which;
        error.Path.Should().Be("/services");
    }

    [Fact]
    public async Task AnErrorOnAPage_RaisesTheSameExceptionTypeWithAndWithoutPrefetch()
    {
        var plain = new PagedHandler(45) { FailWith = { [2] = HttpStatusCode.InternalServerError } };
        var prefetching = new PagedHandler(45) { FailWith = { [2] = HttpStatusCode.InternalServerError } };
        using var plainHub = Create(plain);
        using var prefetchingHub = Create(prefetching);

        var expected = await Record(plainHub.Services.Page(0, 20).AllAsync());
        var actual = await Record(prefetchingHub.Services.Page(0, 20).Prefetch().AllAsync());

        actual.Items.Should().Equal(expected.Items);
        actual.Error.Should().BeOfType(expected.Error!.GetType()).And.BeOfType<InternalServerException>();
    }

    [Fact]
    public async Task AFailedEarlyStop_LeavesNoUnobservedTaskException()
    {
        var unobserved = new ConcurrentQueue<Exception>();
        EventHandler<UnobservedTaskExceptionEventArgs> record = (_, e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += record;
        try
        {
            var marker = Guid.NewGuid().ToString("N");
            await BreakWhilePage1FailsAsync(marker);
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            unobserved.Where(e => e.ToString().Contains(marker, StringComparison.Ordinal)).Should().BeEmpty();
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= record;
        }
    }

    [Fact]
    public async Task Retries_StillApplyToEachPrefetchedRequest()
    {
        var handler = new PagedHandler(45) { FailWith = { [1] = HttpStatusCode.ServiceUnavailable }, FailTimes = 1 };
        using var hub = new HubPlatformClient(TestHub.Options(handler.Stub, o => o.MaxRetries = 2));

        var all = await hub.Services.Page(0, 20).Prefetch().AllAsync().ToListAsync();

        all.Select(s => s.Id).Should().Equal(Enumerable.Range(0, 45).Select(i => $"s{i}"));
        handler.Queries.Should().Equal("?page=0&size=20", "?page=1&size=20", "?page=1&size=20", "?page=2&size=20");
    }

    [Fact]
    public void Prefetch_IsAFluentChoiceThatCanBeTurnedOffAgain()
    {
        using var hub = Create(new PagedHandler(1));
        var query = hub.Services.Page(0, 20);

        query.Prefetch().State.Prefetch.Should().BeTrue();
        query.Prefetch().Prefetch(false).State.Prefetch.Should().BeFalse();
        query.State.Prefetch.Should().BeFalse("prefetching is opt-in; queries are immutable");
        query.Prefetch().ToString().Should().Be(query.ToString(), "prefetching does not change the request");
    }

    /// <summary>Reads until page 1 has failed, then leaves; in its own method so nothing of it stays reachable.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task BreakWhilePage1FailsAsync(string marker)
    {
        var handler = new PagedHandler(45) { FailWith = { [1] = HttpStatusCode.InternalServerError }, Marker = marker };
        using var hub = Create(handler);
        await foreach (var service in hub.Services.Page(0, 20).Prefetch().AllAsync())
        {
            await handler.Answered(1).WaitAsync(s_patience);
            break;
        }
    }

    private static async Task<(List<string> Items, Exception? Error)> Record(IAsyncEnumerable<ServiceOverview> source)
    {
        var items = new List<string>();
        try
        {
            await foreach (var item in source)
            {
                items.Add(item.Id);
            }
            return (items, null);
        }
        catch (Exception ex)
        {
            return (items, ex);
        }
    }

    private static HubPlatformClient Create(PagedHandler handler) => TestClients.Create(handler.Stub);

    /// <summary>
    /// Serves <c>total</c> services in pages, like the API, and reports each page's request as it happens: when it
    /// arrives, when it is answered (or given up), when it is canceled. With <see cref="Gated"/>, a page is answered
    /// only once the test calls <see cref="Release"/> for it.
    /// </summary>
    private sealed class PagedHandler(int total, string pageField = "page", bool withTotals = true, int emptyFrom = int.MaxValue)
    {
        private readonly ConcurrentDictionary<(string Event, int Page), TaskCompletionSource> _events = new();
        private readonly ConcurrentQueue<string> _queries = new();
        private readonly ConcurrentDictionary<int, int> _failures = new();

        public bool Gated { get; init; }

        public Dictionary<int, HttpStatusCode> FailWith { get; } = [];

        /// <summary>How many times each failing page fails before it succeeds.</summary>
        public int FailTimes { get; init; } = int.MaxValue;

        /// <summary>Written into error bodies, so a test can recognise its own exceptions.</summary>
        public string Marker { get; init; } = "";

        public IReadOnlyList<string> Queries => [.. _queries];

        public StubHttpHandler Stub => field ??= new StubHttpHandler().Then(AnswerAsync);

        public void Release(int page) => Event("released", page).TrySetResult();

        public Task Requested(int page) => Event("requested", page).Task;

        public Task Answered(int page) => Event("answered", page).Task;

        public Task Canceled(int page) => Event("canceled", page).Task;

        private TaskCompletionSource Event(string name, int page) =>
            _events.GetOrAdd((name, page), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
            var page = int.Parse(query["page"] ?? "0");
            var size = int.Parse(query["size"] ?? "20");
            _queries.Enqueue(request.RequestUri.Query);
            Event("requested", page).TrySetResult();
            using var registration = cancellationToken.Register(() => Event("canceled", page).TrySetResult());
            try
            {
                if (Gated)
                {
                    await Event("released", page).Task.WaitAsync(cancellationToken);
                }
                if (FailWith.TryGetValue(page, out var status) && _failures.AddOrUpdate(page, 1, (_, n) => n + 1) <= FailTimes)
                {
                    return Respond(status, $$"""{"errorMessage":"page {{page}} failed {{Marker}}","status":{{(int)status}}}""");
                }
                var count = page >= emptyFrom ? 0 : Math.Max(0, Math.Min(size, total - page * size));
                var items = Enumerable.Range(page * size, count)
                    .Select(i => $$"""{"id":"s{{i}}","name":"Service {{i}}","lifecycle":"PUBLISHED"}""");
                var pages = (total + size - 1) / size;
                var totals = withTotals ? $$""","totalElements":{{total}},"totalPages":{{pages}}""" : "";
                return Respond(HttpStatusCode.OK, $$"""{"content":[{{string.Join(",", items)}}],"{{pageField}}":{{page}},"size":{{size}}{{totals}}}""");
            }
            finally
            {
                // The registration may be disposed before its callback runs (the gate's own callback resumes this method
                // first), so a cancellation is also recorded here.
                if (cancellationToken.IsCancellationRequested)
                {
                    Event("canceled", page).TrySetResult();
                }
                Event("answered", page).TrySetResult();
            }
        }

        private static HttpResponseMessage Respond(HttpStatusCode status, string json) =>
            new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
