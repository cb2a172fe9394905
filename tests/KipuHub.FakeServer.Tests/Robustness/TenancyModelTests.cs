using CsCheck;
using Xunit.Abstractions;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// Model-based tenancy: generated sequences of creates, gets, deletes and lists by five principals of two fresh
/// organizations, in five accounts, on every tenant collection the catalog declares (<see cref="TenantCollection"/>).
/// Each answer must be the status <see cref="TenancyModel"/> predicts, each list must hold exactly the ids the model
/// holds for that account, and only successful writes may move the store. A failing sequence is shrunk by CsCheck to
/// the shortest one that still fails.
/// </summary>
/// <remarks>KIPUHUB_MODEL_SEQUENCES sets the number of sequences (60 by default); KIPUHUB_MODEL_SEED replays another run.</remarks>
public sealed class TenancyModelTests(ITestOutputHelper output) : FakeHubTest
{
    private const string UnknownOrganization = "5f1c0000-0000-4000-8000-00000000dead";

    private readonly Dictionary<string, int> _statuses = [];

    [Fact]
    public void The_model_covers_every_tenant_collection_of_the_catalog()
    {
        TenantCollection.All.Select(c => c.Name).Should().Contain(["applications", "data_pools", "use_cases", "git_integrations"],
            "every namespace with a list, create, get and delete at one path joins the model");
    }

    [Fact]
    public async Task Every_account_sees_exactly_its_own_rows_and_roles_decide_every_write()
    {
        var sequences = int.TryParse(Environment.GetEnvironmentVariable("KIPUHUB_MODEL_SEQUENCES"), out var n) ? n : 60;
        var seed = Environment.GetEnvironmentVariable("KIPUHUB_MODEL_SEED") ?? "KipuHubTenancy1";
        // Mostly accounts the principal may act in, so that writes succeed and later steps find rows to read and delete.
        var account = Gen.Frequency((2, Gen.Const(0)), (8, Gen.Const(1)), (1, Gen.Const(2)), (1, Gen.Const(3)), (1, Gen.Const(4)));
        var action = Gen.Frequency((3, Gen.Const(TenancyAction.Create)), (3, Gen.Const(TenancyAction.Get)),
            (2, Gen.Const(TenancyAction.Delete)), (1, Gen.Const(TenancyAction.List)));
        var collections = TenantCollection.All.Count;
        var principals = TenancyModel.PrincipalNames.Length;
        // Most steps of a sequence are one principal's, on one collection, so that reads and deletes find what earlier
        // creates made; the other steps check that principals, accounts and collections stay apart.
        var gen = Gen.Select(Gen.Int[0, principals - 1], Gen.Int[0, collections - 1]).SelectMany((who, focus) =>
            Gen.Select(action, Gen.Frequency((2, Gen.Const(who)), (1, Gen.Int[0, principals - 1])), account,
                Gen.Frequency((4, Gen.Const(focus)), (1, Gen.Int[0, collections - 1])), Gen.Int[-1, 19],
                (action, principal, account, collection, target) => new TenancyStep(action, principal, account, collection, target))
            .Array[1, 50]).Select(steps => new TenancySequence(steps));

        await FuzzRun.RunAsync(gen, seed, sequences, RunAsync, sequence => sequence.Shorter());

        output.WriteLine($"{sequences} sequences from seed {seed}: " + string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} x {s.Key}")));
        _statuses.Keys.Should().Contain(["200 Create", "200 Get", "204 Delete", "200 List", "403 Create", "403 Delete", "404 Get", "404 Delete"],
            "the sequences must reach every kind of answer the model predicts");
    }

    private async Task RunAsync(TenancySequence sequence)
    {
        Hub.ResetForReuse();
        using var a = Hub.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var b = Hub.CreateTenant(PermissionRole.Owner, PermissionRole.Viewer);
        FakeHubMember[] cast = [.. a.Members, .. b.Members];
        string[] organizations = [a.Id, b.Id];
        var model = new TenancyModel();
        var seen = new List<string>[TenantCollection.All.Count];
        for (var c = 0; c < seen.Length; c++)
        {
            // Rows of the seeded demo organization are in no account of the cast: every get and delete of them is 404.
            seen[c] = [.. (await ListIdsAsync(TenantCollection.All[c], FakeHubServer.DemoToken, Hub.DemoOrganizationId)).Take(2)];
        }

        foreach (var step in sequence.Steps)
        {
            var collection = TenantCollection.All[step.Collection];
            var principal = cast[step.Principal];
            var own = TenancyModel.OrganizationOf(step.Principal);
            var account = step.Account switch { 1 => organizations[own], 2 => organizations[1 - own], 4 => UnknownOrganization, _ => principal.UserId };
            var header = step.Account switch { 0 => null, _ => account };
            var ids = seen[step.Collection];
            var rows = model.Rows(account, step.Collection);
            var id = step.Target < 0 || ids.Count == 0 ? "0b5e0000-0000-4000-8000-00000000beef"
                : step.Target % 2 == 0 && rows.Count > 0 ? rows[step.Target / 2 % rows.Count]
                : ids[step.Target / 2 % ids.Count];
            var expected = model.Expect(step, account, id);
            var version = Hub.Store.Version;

            var (status, body) = await collection.SendAsync(Http, step.Action, principal.Token, header, id);

            _statuses[$"{status} {step.Action}"] = _statuses.GetValueOrDefault($"{status} {step.Action}") + 1;
            if (status != expected)
            {
                throw new FuzzFailure($"{step} answered {status}, the model expects {expected}: {Short(body)}");
            }
            var wrote = status < 300 && step.Action is TenancyAction.Create or TenancyAction.Delete;
            if ((Hub.Store.Version != version) != wrote)
            {
                throw new FuzzFailure($"{step} answered {status} and {(wrote ? "left the store as it was" : "changed the store")}.");
            }
            switch (step.Action)
            {
                case TenancyAction.Create when status == 200:
                    var created = TenantCollection.IdOf(body);
                    if (ids.Contains(created))
                    {
                        throw new FuzzFailure($"{step} answered an id seen before: {created}");
                    }
                    rows.Add(created);
                    ids.Add(created);
                    break;
                case TenancyAction.Get when status == 200:
                    TenantCollection.IdOf(body).Should().Be(id, "{0} must answer the row asked for", step);
                    break;
                case TenancyAction.Delete when status == 204:
                    rows.Remove(id);
                    break;
                case TenancyAction.List when status == 200:
                    ExpectSame(collection.IdsOf(body), rows, step.ToString());
                    break;
            }
        }

        // Every account, read by each of its members: what the model holds, no more and no less.
        for (var p = 0; p < cast.Length; p++)
        {
            foreach (var (accountIndex, account) in new[] { (0, cast[p].UserId), (1, organizations[TenancyModel.OrganizationOf(p)]) })
            {
                for (var c = 0; c < TenantCollection.All.Count; c++)
                {
                    var listed = await ListIdsAsync(TenantCollection.All[c], cast[p].Token, accountIndex == 0 ? null : account);
                    ExpectSame(listed, model.Rows(account, c), $"at the end, {TenantCollection.All[c]} of {TenancyModel.AccountNames[accountIndex]} read by {TenancyModel.PrincipalNames[p]}");
                }
            }
        }
    }

    private async Task<List<string>> ListIdsAsync(TenantCollection collection, string token, string? organization)
    {
        var (status, body) = await collection.SendAsync(Http, TenancyAction.List, token, organization);
        status.Should().Be(200, "listing {0} answered {1}", collection, body);
        return collection.IdsOf(body);
    }

    private static void ExpectSame(List<string> listed, List<string> expected, string what)
    {
        var unexpected = listed.Except(expected).ToList();
        var missing = expected.Except(listed).ToList();
        if (listed.Count != expected.Count || unexpected.Count > 0 || missing.Count > 0)
        {
            throw new FuzzFailure($"{what} listed {listed.Count} rows where the model holds {expected.Count}; " +
                $"not in the model: [{string.Join(", ", unexpected.Take(3))}{(unexpected.Count > 3 ? ", ..." : "")}], " +
                $"missing: [{string.Join(", ", missing.Take(3))}{(missing.Count > 3 ? ", ..." : "")}].");
        }
    }

    private static string Short(string body) => body.Length <= 300 ? body : body[..300] + "...";
}

/// <summary>A generated sequence of steps, printed one per line when it fails.</summary>
internal sealed record TenancySequence(TenancyStep[] Steps)
{
    /// <summary>
    /// The sequence without one run of steps, longest runs first (as delta debugging removes them). Targets count ids
    /// modulo what the run has seen, so every shorter sequence is still a valid one.
    /// </summary>
    public IEnumerable<TenancySequence> Shorter()
    {
        for (var run = Steps.Length / 2; run >= 1; run /= 2)
        {
            for (var start = 0; start + run <= Steps.Length; start += run)
            {
                yield return new TenancySequence([.. Steps[..start], .. Steps[(start + run)..]]);
            }
        }
    }

    public override string ToString() =>
        $"{Steps.Length} steps:{Environment.NewLine}" + string.Join(Environment.NewLine, Steps.Select((s, i) => $"    {i + 1}. {s}"));
}
