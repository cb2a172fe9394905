using System.Globalization;
using CsCheck;
using KipuHub.FakeServer.Namespaces.Billing;
using KipuHub.FakeServer.Tests.Admin;
using KipuHub.FakeServer.Tests.Robustness;
using Xunit.Abstractions;

namespace KipuHub.FakeServer.Tests.Billing;

/// <summary>
/// The one-ledger property (the fake's <c>Namespaces/Billing/Ledger.cs</c>): after generated sequences of service jobs (succeeding, failing,
/// cancelled), cancelled executions, metering calls (live and in test mode) and clock moves (some across a month
/// boundary), every money figure of every seeded tenant, read over HTTP, agrees to the cent: the history, the balance,
/// the month's dashboard costs and cost reports (by service and by day), each job's own cost lines, the quantum
/// workloads' costs, and what each provider earned (revenue) against what the others paid for its services.
/// </summary>
/// <remarks>
/// There is no route that starts a service execution: executions come from the seed and finish on the clock, so the
/// sequences move the clock and cancel some of them. Sequences are generated from a fixed seed (<see cref="FuzzRun"/>);
/// a failing one is shrunk to the shortest failing sequence, whose steps the message lists. Every seeded tenant is read
/// (personal accounts by their token, organizations by a member's, an OWNER's where one has a token), and the set-up
/// checks that no seeded row lies in a tenant it cannot read, so revenue can be checked against every payer. The run
/// ends by checking that the sequences reached every source, both kinds of metering, cancels and a month boundary.
/// </remarks>
public sealed class LedgerPropertyTests(ITestOutputHelper output) : FakeHubTest
{
    private const string Seed = "KipuHubLedger1";
    private const int Sequences = 8;
    private const string Setup = "ledger-property-setup";

    private static readonly string[] s_finalJob = ["SUCCEEDED", "FAILED", "CANCELLED"];

    private readonly List<Account> _actors = [];
    private readonly List<Account> _observed = [];
    private readonly List<MeteredService> _metered = [];
    private readonly Dictionary<string, int> _reached = new(StringComparer.Ordinal);

    [Fact]
    public async Task Every_money_view_sums_the_same_ledger_per_tenant_and_month()
    {
        await SetUpAsync();
        var step = Gen.Frequency(
            // A job, sometimes cancelled at once (pending: it costs nothing) or after a few seconds of running (it costs those).
            (4, Gen.Select(Gen.Int[0, 1], Gen.Int[0, 99], Gen.Int[0, 3], Gen.Frequency((3, Gen.Const(-1)), (1, Gen.Const(0)), (2, Gen.Int[3, 30])),
                (actor, service, fail, cancelAfter) => LedgerStep.Job(actor, service, fail == 0, cancelAfter))),
            (2, Gen.Select(Gen.Int[0, 1], Gen.Int[0, 99], (actor, job) => LedgerStep.CancelJob(actor, job))),
            (3, Gen.Select(Gen.Int[0, 1], Gen.Int[0, 99], (actor, job) => LedgerStep.DeleteJob(actor, job))),
            (2, Gen.Select(Gen.Int[0, 1], Gen.Int[0, 99], (actor, pick) => LedgerStep.CancelExecution(actor, pick))),
            (5, Gen.Select(Gen.Int[0, _metered.Count - 1], Gen.Int[0, 1], Gen.Int[1, 250_000],
                (service, product, milli) => LedgerStep.Meter(service, product, milli / 1000m))),
            (4, Gen.Int[0, 8].SelectMany(k => k < 4 ? Gen.Int[1, 30].Select(s => TimeSpan.FromSeconds(s))
                : k < 7 ? Gen.Int[1, 15].Select(m => TimeSpan.FromMinutes(m))
                : Gen.Int[10, 40].Select(d => TimeSpan.FromDays(d) + TimeSpan.FromHours(d))).Select(LedgerStep.Advance)));
        // Every sequence also jumps a month on at some point, so that usage falls on both sides of a month boundary.
        var gen = Gen.Select(step.Array[4, 30], Gen.Int[0, 30], Gen.Int[31, 40], (steps, at, days) =>
            new LedgerSequence([.. steps.Take(at % (steps.Length + 1)), LedgerStep.Advance(TimeSpan.FromDays(days)), .. steps.Skip(at % (steps.Length + 1))]));

        await FuzzRun.RunAsync(gen, Seed, Sequences, RunAsync, sequence => sequence.Shorter());

        output.WriteLine($"{Sequences} sequences from seed {Seed}: " + string.Join(", ", _reached.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Value} x {r.Key}")));
        _reached.Keys.Should().Contain(["entry SERVICE_JOB", "entry SERVICE_EXECUTION", "entry METERING", "entry QUANTUM_WORKLOAD", "job cancelled",
            "charged job deleted", "execution cancelled", "metered live", "metered in test mode", "revenue above 0", "month 2026-01", "month 2026-02"],
            "the sequences must reach every source of the ledger, both kinds of metering, cancels, revenue, and a month boundary");
    }

    /// <summary>The accounts, and two external services (one published, one not) with a COMMERCIAL plan in each actor; then a snapshot.</summary>
    private async Task SetUpAsync()
    {
        var seed = await Hub.AdminJsonAsync(HttpMethod.Get, "seed");
        foreach (var principal in seed.GetProperty("principals").EnumerateArray())
        {
            _observed.Add(new(principal.GetProperty("userId").GetString()!, principal.GetProperty("token").GetString()!, null, IsOwner: true));
        }
        foreach (var organization in seed.GetProperty("organizations").EnumerateArray())
        {
            var members = organization.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("token").GetString() is { Length: > 0 }).ToList();
            var member = members.FirstOrDefault(m => m.GetProperty("role").GetString() == "OWNER");
            var isOwner = member.ValueKind != System.Text.Json.JsonValueKind.Undefined;
            member = isOwner ? member : members.FirstOrDefault();
            if (member.ValueKind != System.Text.Json.JsonValueKind.Undefined)
            {
                var id = organization.GetProperty("id").GetString()!;
                _observed.Add(new(id, member.GetProperty("token").GetString()!, id, isOwner));
            }
        }
        // Every tenant that holds usage must be one the test reads, or revenue could come from a payer it cannot see.
        var observedIds = _observed.Select(a => a.TenantId).ToHashSet(StringComparer.Ordinal);
        foreach (var collection in seed.GetProperty("collections").EnumerateArray())
        {
            foreach (var tenant in collection.GetProperty("byTenant").EnumerateObject())
            {
                observedIds.Should().Contain(tenant.Name, "collection {0} has rows in tenant {1}, which the test must be able to read", collection.GetProperty("name").GetString(), tenant.Name);
            }
        }
        _actors.Add(_observed.Single(a => a.TenantId == Hub.DemoUserId));
        _actors.Add(_observed.Single(a => a.TenantId == Hub.DemoOrganizationId));

        foreach (var actor in _actors)
        {
            foreach (var live in new[] { true, false })
            {
                var external = actor.OrganizationId is { } org ? Hub.Client.ExternalServices.InOrg(org) : Hub.Client.ExternalServices.InPersonalAccount();
                var service = await external.CreateAsync(new() { Name = live ? "Metered live" : "Metered test", Url = "https://meter.example.com/api" },
                    new MemoryStream(Encoding.UTF8.GetBytes("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"M\", \"version\": \"1\"}, \"paths\": {}}")));
                var versionId = service.ServiceDefinitions![0].Id;
                var plan = await external.CreatePricingPlanAsync(service.Id, versionId, new()
                {
                    Type = PricingPlanType.Commercial,
                    Products = [new() { Name = "Call", AmountMajor = 0.25m }, new() { Name = "Kilobyte", AmountMajor = 0.07m }],
                });
                if (live)
                {
                    var services = actor.OrganizationId is { } o ? Hub.Client.Services.InOrg(o) : Hub.Client.Services.InPersonalAccount();
                    await services.Version(service.Id, versionId).PublishAsync();
                }
                _metered.Add(new(actor, service.Id, live, [.. plan.Products!.Select(p => (p.Id, p.AmountMajor!.Value))]));
            }
        }
        using var saved = await Hub.AdminAsync(HttpMethod.Put, "snapshots/" + Setup);
        saved.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task RunAsync(LedgerSequence sequence)
    {
        using (var restored = await Hub.AdminAsync(HttpMethod.Post, $"snapshots/{Setup}/restore"))
        {
            restored.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        var created = new List<(Account Actor, string JobId)>();
        var meteredLive = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var correlation = 0;
        foreach (var step in sequence.Steps)
        {
            switch (step.Kind)
            {
                case StepKind.Job:
                {
                    var actor = _actors[step.Actor];
                    var runnable = (await Http.ServicesAsync(actor.OrganizationId, actor.Token)).Where(s => s.BuildStatus == BuildStatus.Success).ToList();
                    var service = runnable[step.Pick % runnable.Count];
                    var parameters = step.Fail ? "{\\\"fail\\\": true}" : "{\\\"n\\\": 3}";
                    using var response = await Send(HttpMethod.Post, "service-jobs", actor, $$"""{"serviceDefinitionId":"{{service.ServiceDefinitionId}}","parameters":"{{parameters}}"}""");
                    var job = await response.ReadJsonAsync<Job>();
                    created.Add((actor, job.Id));
                    if (step.CancelAfter >= 0)
                    {
                        await AdvanceAsync(TimeSpan.FromSeconds(step.CancelAfter));
                        using var cancel = await Send(HttpMethod.Put, $"service-jobs/{job.Id}/cancel", actor);
                        cancel.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict);
                        Reached(cancel.StatusCode == HttpStatusCode.OK ? "job cancelled" : "job cancel too late");
                    }
                    break;
                }
                case StepKind.CancelJob:
                {
                    var mine = created.Where(c => c.Actor == _actors[step.Actor]).ToList();
                    if (mine.Count > 0)
                    {
                        // One of the newest three, so that some are still pending or running.
                        var (actor, jobId) = mine[mine.Count - 1 - (step.Pick % Math.Min(mine.Count, 3))];
                        using var response = await Send(HttpMethod.Put, $"service-jobs/{jobId}/cancel", actor);
                        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict);
                        Reached(response.StatusCode == HttpStatusCode.OK ? "job cancelled" : "job cancel too late");
                    }
                    break;
                }
                case StepKind.DeleteJob:
                {
                    // A job that was charged (so it has ended): what was charged stays charged, so the actor's history
                    // is the same after the delete as before it.
                    var actor = _actors[step.Actor];
                    var before = await AllAsync<UsageEntry>("billing/history", actor);
                    var charged = created.Where(c => c.Actor == actor && before.Any(e => e.SourceId == c.JobId)).ToList();
                    if (charged.Count > 0)
                    {
                        var jobId = charged[step.Pick % charged.Count].JobId;
                        using var response = await Send(HttpMethod.Delete, $"service-jobs/{jobId}", actor);
                        response.StatusCode.Should().Be(HttpStatusCode.NoContent, "job {0} has ended, so it can be deleted", jobId);
                        created.Remove((actor, jobId));
                        (await AllAsync<UsageEntry>("billing/history", actor)).Should().BeEquivalentTo(before,
                            "deleting job {0} keeps what it was charged", jobId);
                        Reached("charged job deleted");
                    }
                    break;
                }
                case StepKind.CancelExecution:
                {
                    var actor = _actors[step.Actor];
                    var open = (await AllAsync<ServiceExecution>("service-executions", actor))
                        .Where(e => e.Status == ExecutionStatus.Pending || e.Status == ExecutionStatus.Running).ToList();
                    if (open.Count > 0)
                    {
                        using var response = await Send(HttpMethod.Put, $"service-executions/{open[step.Pick % open.Count].Id}/cancel", actor);
                        (await response.ReadJsonAsync<ServiceExecution>()).Status.Should().Be(ExecutionStatus.Cancelled);
                        Reached("execution cancelled");
                    }
                    break;
                }
                case StepKind.Meter:
                {
                    var metered = _metered[step.Actor];
                    var (productId, price) = metered.Products[step.Pick];
                    var count = step.Count.ToString(CultureInfo.InvariantCulture);
                    using var response = await Send(HttpMethod.Post, "external-services/metering", metered.Owner,
                        $$"""{"correlationId":"ledger-{{++correlation}}","productId":"{{productId}}","count":{{count}}}""");
                    (await response.ReadJsonAsync<MeteringResponse>()).TestMode.Should().Be(!metered.Live);
                    Reached(metered.Live ? "metered live" : "metered in test mode");
                    if (metered.Live)
                    {
                        meteredLive[metered.ServiceId] = meteredLive.GetValueOrDefault(metered.ServiceId) + Cents(step.Count * price);
                    }
                    break;
                }
                case StepKind.Advance:
                {
                    await AdvanceAsync(step.By);
                    break;
                }
            }
        }
        await CheckLedgerAsync(meteredLive);
    }

    /// <summary>Every view of every observed tenant against its history, and revenue against what the others paid.</summary>
    private async Task CheckLedgerAsync(Dictionary<string, decimal> meteredLive)
    {
        var histories = new Dictionary<string, List<UsageEntry>>(StringComparer.Ordinal);
        foreach (var account in _observed)
        {
            var history = await AllAsync<UsageEntry>("billing/history", account);
            histories[account.TenantId] = history;
            var who = $"tenant {account.TenantId}";
            foreach (var entry in history)
            {
                entry.Amount.Should().Be(Cents(entry.Amount), "{0}: entry {1} is to the cent", who, entry.Id);
                entry.Amount.Should().BePositive("{0}: entry {1} is a charge", who, entry.Id);
                entry.Currency.Should().Be("EUR");
                Reached("entry " + entry.SourceKind!.Value.Value);
            }
            var total = history.Sum(e => e.Amount);

            var balance = await Http.GetJsonAsync<Balance>("billing/balance", account.OrganizationId, account.Token);
            var credits = (await Http.GetJsonAsync<IReadOnlyList<Credit>>("billing/credits", account.OrganizationId, account.Token)).Sum(c => c.Amount);
            balance.Charges.Should().Be(total, "{0}: the balance's charges are the sum of the whole history", who);
            balance.Credits.Should().Be(credits, "{0}: the balance's credits are the credits listed", who);
            balance.Amount.Should().Be(balance.Credits - balance.Charges, "{0}: the balance is credits minus charges", who);

            foreach (var (year, month) in history.Select(e => MonthOf(e.Timestamp!.Value)).Distinct().Order())
            {
                Reached($"month {year}-{month:00}");
                await CheckMonthAsync(account, year, month, history.Where(e => MonthOf(e.Timestamp!.Value) == (year, month)).ToList());
            }
            await CheckJobsAsync(account, history);
            await CheckWorkloadsAsync(account, history);
        }

        var months = histories.Values.SelectMany(h => h).Select(e => MonthOf(e.Timestamp!.Value)).Distinct().Order().ToList();
        foreach (var provider in _observed)
        {
            var own = (await Http.ServicesAsync(provider.OrganizationId, provider.Token)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var (year, month) in months)
            {
                var paidByOthers = histories.Where(h => h.Key != provider.TenantId).SelectMany(h => h.Value)
                    .Where(e => e.SourceKind == UsageSourceKind.ServiceExecution && e.ServiceId is { } s && own.Contains(s) && MonthOf(e.Timestamp!.Value) == (year, month))
                    .Sum(e => e.Amount);
                var revenue = await Http.GetJsonAsync<MonthAmount>($"dashboard/revenue?year={year}&month={month}", provider.OrganizationId, provider.Token);
                revenue.AmountMajor!.Value.Should().Be(paidByOthers,
                    "tenant {0}'s revenue in {1}-{2:00} is what the other tenants' histories paid for its services' executions", provider.TenantId, year, month);
                revenue.Groups!.Sum(g => g.AmountMajor!.Value).Should().Be(revenue.AmountMajor.Value, "the revenue's groups sum to its total");
                if (paidByOthers > 0)
                {
                    Reached("revenue above 0");
                }
            }
        }

        foreach (var metered in _metered)
        {
            histories[metered.Owner.TenantId].Where(e => e.SourceKind == UsageSourceKind.Metering && e.ServiceId == metered.ServiceId).Sum(e => e.Amount)
                .Should().Be(meteredLive.GetValueOrDefault(metered.ServiceId),
                    "the metering entries of {0} service {1} are each call's count times its unit price, to the cent{2}",
                    metered.Live ? "published" : "unpublished (test mode)", metered.ServiceId, metered.Live ? "" : ": none");
        }
    }

    private async Task CheckMonthAsync(Account account, int year, int month, List<UsageEntry> inMonth)
    {
        var who = $"tenant {account.TenantId} in {year}-{month:00}";
        var expected = inMonth.Sum(e => e.Amount);
        var from = new DateOnly(year, month, 1);
        var period = $"from={from:yyyy-MM-dd}&to={from.AddMonths(1):yyyy-MM-dd}";

        (await AllAsync<UsageEntry>("billing/history?" + period, account)).Select(e => (e.Id, e.Amount)).Should()
            .BeEquivalentTo(inMonth.Select(e => (e.Id, e.Amount)), "{0}: the history between from and to is the month's part of the whole history", who);

        var costs = await Http.GetJsonAsync<MonthAmount>($"dashboard/costs?year={year}&month={month}", account.OrganizationId, account.Token);
        costs.AmountMajor!.Value.Should().Be(expected, "{0}: the dashboard costs are the month's history summed", who);
        costs.Groups!.Sum(g => g.AmountMajor!.Value).Should().Be(expected, "{0}: the dashboard's groups sum to its total", who);
        foreach (var group in costs.Groups!)
        {
            group.Products!.Sum(p => p.AmountMajor!.Value).Should().Be(group.AmountMajor!.Value, "{0}: dashboard group {1}'s products sum to it", who, group.Name);
        }

        foreach (var groupBy in new[] { "SERVICE", "DAY" })
        {
            var report = await Http.GetJsonAsync<CostReport>($"billing/cost-reports?{period}&groupBy={groupBy}", account.OrganizationId, account.Token);
            report.Total.Should().Be(expected, "{0}: the cost report by {1} totals the month's history", who, groupBy);
            report.Groups!.Sum(g => g.Amount).Should().Be(expected, "{0}: the cost report's {1} groups sum to its total", who, groupBy);
            report.Groups!.Sum(g => g.Entries).Should().Be(inMonth.Count, "{0}: the cost report's {1} groups count every entry once", who, groupBy);
        }
    }

    /// <summary>
    /// The history's job entries are exactly the finished jobs with a cost, each its own cost lines summed, to the cent,
    /// plus the charges kept of jobs deleted since (the seed has one), which no longer list.
    /// </summary>
    private async Task CheckJobsAsync(Account account, List<UsageEntry> history)
    {
        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using (Hub.Store.Reading())
        {
            foreach (var kept in Hub.Store.Table(SettledCharges.Table).Rows.Where(e => e.PayerId == account.TenantId && e.Kind == UsageSourceKind.ServiceJob))
            {
                expected[kept.SourceId] = kept.Amount;
            }
        }
        foreach (var job in await AllAsync<JobOverview>("service-jobs", account))
        {
            if (s_finalJob.Contains(job.Status!.Value.Value))
            {
                var lines = await Http.GetJsonAsync<IReadOnlyList<ProductUsage>>($"service-jobs/{job.Id}/costs", account.OrganizationId, account.Token);
                if (Cents(lines.Sum(l => (l.UnitPrice ?? 0) * (l.Count ?? 0))) is var amount && amount != 0)
                {
                    expected[job.Id] = amount;
                }
            }
        }
        history.Where(e => e.SourceKind == UsageSourceKind.ServiceJob).ToDictionary(e => e.SourceId!, e => e.Amount).Should()
            .BeEquivalentTo(expected, "tenant {0}: its job entries are its finished jobs' cost lines (GET /service-jobs/{{id}}/costs) summed, to the cent", account.TenantId);
    }

    /// <summary>The history's quantum workload entries are the costs /quantum-workloads shows the tenant's OWNER.</summary>
    private async Task CheckWorkloadsAsync(Account account, List<UsageEntry> history)
    {
        if (!account.IsOwner)
        {
            return;
        }
        var expected = (await AllAsync<QuantumWorkload>("quantum-workloads", account))
            .Where(w => w.OrganizationId == account.TenantId && w.Cost is > 0)
            .ToDictionary(w => w.Id, w => w.Cost!.Value);
        history.Where(e => e.SourceKind == UsageSourceKind.QuantumWorkload).ToDictionary(e => e.SourceId!, e => e.Amount).Should()
            .BeEquivalentTo(expected, "tenant {0}: its quantum workload entries are the costs GET /quantum-workloads shows its OWNER", account.TenantId);
    }

    private async Task<List<T>> AllAsync<T>(string path, Account account)
    {
        var items = new List<T>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 0; ; page++)
        {
            var envelope = await Http.GetJsonAsync<KipuHub.FakeServer.Wire.PageEnvelope<T>>($"{path}{separator}page={page}&size=2000", account.OrganizationId, account.Token);
            items.AddRange(envelope.Content);
            if (page + 1 >= envelope.TotalPages)
            {
                items.Should().HaveCount((int)envelope.TotalElements, "every page of {0} was read", path);
                return items;
            }
        }
    }

    private async Task AdvanceAsync(TimeSpan by)
    {
        if (by > TimeSpan.Zero)
        {
            var text = by.ToString("c", CultureInfo.InvariantCulture);
            (await Hub.AdminJsonAsync(HttpMethod.Post, "clock/advance", $$"""{"by":"{{text}}"}""")).ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
        }
    }

    private void Reached(string what) => _reached[what] = _reached.GetValueOrDefault(what) + 1;

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, Account account, string? json = null) =>
        Http.SendAsync(method, path, account.Token, account.OrganizationId, json is null ? null : HubHttp.Json(json));

    private static (int Year, int Month) MonthOf(DateTimeOffset moment) => (moment.UtcDateTime.Year, moment.UtcDateTime.Month);

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private sealed record Account(string TenantId, string Token, string? OrganizationId, bool IsOwner);

    private sealed record MeteredService(Account Owner, string ServiceId, bool Live, IReadOnlyList<(string Id, decimal Price)> Products);
}
