using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// Billing, client against fake over loopback: every figure (balance, history, cost reports, dashboard costs, a
/// budget's spending) follows the same usage entries, on the fake's clock, to the cent; each tenant sees only its own.
/// </summary>
public sealed class BillingTests : FakeHubTest
{
    [Fact]
    public async Task AJobThatEnds_ChargesItsCostLines_InTheBalanceHistoryReportAndDashboard_ToTheCent()
    {
        var billing = Hub.Billing.InOrg(Org);
        var jobs = Hub.ServiceJobs.InOrg(Org);
        var before = await billing.BalanceAsync();
        var job = await jobs.CreateAsync(new() { ServiceDefinitionId = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId });

        (await billing.BalanceAsync()).Charges.Should().Be(before.Charges, "a job that has not ended costs nothing yet");
        Fake.Clock.Advance(TimeSpan.FromSeconds(62));
        var done = await jobs.GetAsync(job.Id);
        var lines = await jobs.GetCostsAsync(job.Id);
        var cost = Math.Round(lines.Sum(l => l.UnitPrice!.Value * l.Count!.Value), 2, MidpointRounding.AwayFromZero);
        var after = await billing.BalanceAsync();
        var day = done.EndedAt!.Value.UtcDateTime.Date;
        var history = await billing.Between(day, day.AddDays(1)).AllAsync().ToListAsync();
        var byDay = await billing.CostReportAsync(day, day.AddDays(1), "DAY");
        var dashboard = await billing.DashboardCostsAsync(day.Year, day.Month);

        cost.Should().BePositive();
        (after.Charges - before.Charges, after.Amount).Should().Be((cost, after.Credits - after.Charges));
        history.Should().ContainSingle(e => e.SourceId == job.Id).Which.Should().BeEquivalentTo(
            new { Amount = cost, SourceKind = UsageSourceKind.ServiceJob, Timestamp = done.EndedAt, Currency = "EUR" });
        byDay.Total.Should().Be(history.Sum(e => e.Amount));
        byDay.Groups.Should().ContainSingle().Which.Key.Should().Be(day.ToString("yyyy-MM-dd"));
        dashboard.Groups!.Single(g => g.Name == "SERVICE_JOB").AmountMajor!.Value.Should().BeGreaterThanOrEqualTo(cost);
        dashboard.AmountMajor!.Value.Should().Be(dashboard.Groups!.Sum(g => g.AmountMajor!.Value));
    }

    [Fact]
    public async Task SeededHistory_IsPaged_SortedAndWithinItsPeriod_AndAgreesWithTheBalance()
    {
        var billing = Hub.Billing.InOrg(Org);

        var all = await billing.Page(0, 25).AllAsync().ToListAsync();
        var first = await billing.Page(0, 10).ListAsync();
        var balance = await billing.BalanceAsync();
        var credits = await billing.Credits().ListAsync();
        var byAmount = await billing.OrderByDescending(e => e.Amount).Page(0, 2000).ListAsync();
        var from = all[all.Count / 2].Timestamp!.Value;
        var later = await billing.Between(from, null).AllAsync().ToListAsync();

        all.Count.Should().BeGreaterThan(25, "the demo organization's seeded usage is more than a page");
        (first.TotalElements, first.Content.Count).Should().Be((all.Count, 10));
        all.Select(e => e.Timestamp).Should().BeInAscendingOrder();
        balance.Charges.Should().Be(all.Sum(e => e.Amount));
        balance.Credits.Should().Be(credits.Sum(c => c.Amount)).And.Be(6000m, "the welcome credit and the top-up");
        byAmount.Content.Select(e => e.Amount).Should().BeInDescendingOrder();
        later.Should().OnlyContain(e => e.Timestamp >= from).And.HaveCount(all.Count(e => e.Timestamp >= from));
    }

    [Fact]
    public async Task CostReports_GroupByServiceOrDay_AndTheGroupsSumToTheTotal()
    {
        var billing = Hub.Billing.InOrg(Org);
        var from = Fake.Clock.UtcNow.AddDays(-120);

        var byService = await billing.CostReportAsync(from, null);
        var byDay = await billing.CostReportAsync(from, null, "DAY");
        var entries = await billing.Between(from, null).AllAsync().ToListAsync();
        var thisMonth = await billing.CostReportAsync();

        byService.GroupBy.Should().Be("SERVICE");
        (byService.Total, byDay.Total).Should().Be((entries.Sum(e => e.Amount), entries.Sum(e => e.Amount)));
        byService.Groups!.Sum(g => g.Amount).Should().Be(byService.Total);
        byDay.Groups!.Sum(g => g.Entries).Should().Be(entries.Count);
        byService.Groups!.Select(g => g.Key).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        var now = Fake.Clock.UtcNow;
        thisMonth.From.Should().Be(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero), "a report without 'from' starts this month");
    }

    [Fact]
    public async Task DashboardCosts_OfAMonth_AreThatMonthsHistory_ByKindAndLabel()
    {
        var billing = Hub.Billing.InOrg(Org);
        var entries = await billing.AllAsync().ToListAsync();
        var busiest = entries.GroupBy(e => (e.Timestamp!.Value.Year, e.Timestamp.Value.Month)).MaxBy(g => g.Count())!;

        var costs = await billing.DashboardCostsAsync(busiest.Key.Year, busiest.Key.Month);
        var empty = await billing.DashboardCostsAsync(2001, 1);

        costs.AmountMajor.Should().BeEquivalentTo(new { Value = busiest.Sum(e => e.Amount), Currency = "EUR" });
        costs.Groups!.Select(g => g.Name).Should().BeEquivalentTo(busiest.Select(e => e.SourceKind!.Value.Value).Distinct());
        costs.Groups.Should().OnlyContain(g => g.AmountMajor!.Value == g.Products!.Sum(p => p.AmountMajor!.Value));
        (empty.AmountMajor!.Value, empty.Groups).Should().Be((0m, (IReadOnlyList<ProductGroup>?)empty.Groups));
        empty.Groups.Should().BeEmpty();
    }

    [Fact]
    public async Task Budgets_AreCreatedUpdatedAndDeleted_WithThisMonthsSpending()
    {
        var billing = Hub.Billing.InOrg(Org);
        var service = await JobFixtures.RunnableVersionAsync(Hub, Org);

        var created = await billing.CreateBudgetAsync(new() { Name = "Team", Amount = 0.01m });
        var updated = await billing.UpdateBudgetAsync(created.Id, new() { Name = "One service", Amount = 20.5m, ServiceId = service.Id });
        var listed = await billing.Budgets().ListAsync();
        var now = Fake.Clock.UtcNow;
        var spentThisMonth = (await billing.Between(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero), null).AllAsync().ToListAsync())
            .Where(e => e.ServiceId == service.Id).Sum(e => e.Amount);
        await billing.DeleteBudgetAsync(created.Id);

        (created.CreatedBy, created.Currency, created.ServiceId).Should().Be(("demo", "EUR", null));
        updated.Should().BeEquivalentTo(new { Name = "One service", Amount = 20.5m, ServiceId = service.Id, Spent = spentThisMonth });
        listed.Select(b => b.Name).Should().BeEquivalentTo(["Monthly spending", "Quantum hardware", "One service"]).And.EndWith("One service", "budgets are listed oldest first");
        (await billing.Budgets().ListAsync()).Should().NotContain(b => b.Id == created.Id);
        await ExpectNothingChangedAsync<NotFoundException>(() => billing.DeleteBudgetAsync(created.Id));
    }

    [Fact]
    public async Task ABudget_IsPassedWhenThisMonthsSpendingGoesAboveIt()
    {
        var billing = Hub.Billing.InOrg(Org);
        var budget = await billing.CreateBudgetAsync(new() { Name = "Tiny", Amount = 0.01m });
        var jobs = Hub.ServiceJobs.InOrg(Org);
        await jobs.CreateAsync(new() { ServiceDefinitionId = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId });

        Fake.Clock.Advance(TimeSpan.FromSeconds(62));
        var passed = (await billing.Budgets().ListAsync()).Single(b => b.Id == budget.Id);

        passed.Spent.Should().BeGreaterThan(passed.Amount);
        passed.PassedAt.Should().NotBeNull().And.BeOnOrAfter(budget.CreatedAt!.Value);
    }

    [Fact]
    public async Task Budgets_BadInput_IsRejected_NamingTheRule_AndChangesNothing()
    {
        var billing = Hub.Billing.InOrg(Org);
        var budget = (await billing.Budgets().ListAsync())[0];

        async Task Expect<T>(Func<Task> call, string named) where T : ApiException =>
            (await ExpectNothingChangedAsync<T>(call)).ErrorMessage.Should().Contain(named);

        await Expect<UnprocessableEntityException>(() => billing.CreateBudgetAsync(new() { Name = "x", Amount = 0m }), "more than 0");
        await Expect<UnprocessableEntityException>(() => billing.CreateBudgetAsync(new() { Name = "x", Amount = 1.234m }), "two decimals");
        await Expect<UnprocessableEntityException>(() => billing.CreateBudgetAsync(new() { Name = "x", Amount = 2_000_000m }), "at most 1000000");
        await Expect<UnprocessableEntityException>(() => billing.CreateBudgetAsync(new() { Name = "x" }), "got none");
        await Expect<UnprocessableEntityException>(() => billing.CreateBudgetAsync(new() { Amount = 5m }), "name");
        await Expect<NotFoundException>(() => billing.CreateBudgetAsync(new() { Name = "x", Amount = 5m, ServiceId = "no-such-service" }), "'no-such-service'");
        await Expect<UnprocessableEntityException>(() => billing.UpdateBudgetAsync(budget.Id, new() { Name = "x", Amount = -1m }), "more than 0");
        await Expect<NotFoundException>(() => billing.UpdateBudgetAsync("no-such-budget", new() { Name = "x", Amount = 5m }), "'no-such-budget'");
    }

    [Fact]
    public async Task Periods_AndMonths_OutOfTheirForm_AreRejected_NamingWhatIsAccepted()
    {
        var billing = Hub.Billing.InOrg(Org);
        var now = Fake.Clock.UtcNow;
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl.ToString().TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", "demo-token");
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);

        async Task<string> Raw(string path, System.Net.HttpStatusCode status)
        {
            using var response = await http.GetAsync(path);
            response.StatusCode.Should().Be(status, path);
            var body = await response.Content.ReadAsStringAsync();
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("errorMessage", out var message) ? message.GetString()! : body;
        }

        (await ExpectNothingChangedAsync<BadRequestException>(() => billing.Between(now, now.AddDays(-1)).ListAsync())).ErrorMessage.Should().Contain("before 'from'");
        (await ExpectNothingChangedAsync<BadRequestException>(() => billing.DashboardCostsAsync(2026, 13))).ErrorMessage.Should().Contain("'month' 1 to 12");
        (await ExpectNothingChangedAsync<BadRequestException>(() => billing.CostReportAsync(groupBy: "WEEK"))).ErrorMessage.Should().Contain("SERVICE (the default), DAY");
        (await Raw("billing/history?from=yesterday", System.Net.HttpStatusCode.BadRequest)).Should().Contain("'from' is 'yesterday'").And.Contain("ISO 8601");
        (await Raw("billing/cost-reports?to=2026-11-01T12:00:00", System.Net.HttpStatusCode.BadRequest)).Should().Contain("'to' is '2026-11-01T12:00:00'");
        (await Raw("dashboard/costs?year=2026", System.Net.HttpStatusCode.BadRequest)).Should().Contain("year=2026&month=11");
        (await Raw("billing/history?from=2026-11-01&to=2026-11-02T00:00:00Z", System.Net.HttpStatusCode.OK)).Should().Contain("\"content\"");
    }

    [Fact]
    public async Task Roles_AViewerReads_AMaintainerWritesBudgets_OnlyAnOwnerDeletes()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);

        var made = await maintainer.Billing.InOrg(tenant.Id).CreateBudgetAsync(new() { Name = "Ops", Amount = 10m });
        var seen = await viewer.Billing.InOrg(tenant.Id).Budgets().ListAsync();
        var balance = await viewer.Billing.InOrg(tenant.Id).BalanceAsync();
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Billing.InOrg(tenant.Id).CreateBudgetAsync(new() { Name = "x", Amount = 1m }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Billing.InOrg(tenant.Id).UpdateBudgetAsync(made.Id, new() { Name = "x", Amount = 1m }));
        var denied = await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Billing.InOrg(tenant.Id).DeleteBudgetAsync(made.Id));
        await owner.Billing.InOrg(tenant.Id).DeleteBudgetAsync(made.Id);

        seen.Should().ContainSingle().Which.Should().BeEquivalentTo(new { made.Id, Spent = 0m, PassedAt = (DateTimeOffset?)null });
        (balance.Amount, balance.Credits, balance.Charges).Should().Be((0m, 0m, 0m), "a new tenant has no credit and no usage");
        denied.ErrorMessage.Should().Contain("OWNER");
    }

    [Fact]
    public async Task Tenancy_EachTenantSeesOnlyItsOwnMoney_AndAnotherTenantsBudgetIs404()
    {
        using var bob = Fake.CreateClient("bob-token");
        var demoBudget = (await Hub.Billing.InOrg(Org).Budgets().ListAsync())[0];

        var bobsBalance = await bob.Billing.InPersonalAccount().BalanceAsync();
        var bobsHistory = await bob.Billing.InPersonalAccount().AllAsync().ToListAsync();
        var demoHistory = await Hub.Billing.InOrg(Org).AllAsync().ToListAsync();
        var update = await ExpectNothingChangedAsync<NotFoundException>(() => bob.Billing.InPersonalAccount().UpdateBudgetAsync(demoBudget.Id, new() { Name = "mine", Amount = 1m }));
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.Billing.InPersonalAccount().DeleteBudgetAsync(demoBudget.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.Billing.InOrg(Org).BalanceAsync());

        bobsBalance.Credits.Should().Be(100m, "bob's welcome credit");
        bobsHistory.Select(e => e.Id).Should().NotIntersectWith(demoHistory.Select(e => e.Id));
        (await bob.Billing.InPersonalAccount().Budgets().ListAsync()).Should().NotContain(b => b.Id == demoBudget.Id);
        update.ErrorMessage.Should().NotContain(demoBudget.Name!);
    }
}
