using System.Net;
using CsCheck;
using Xunit.Abstractions;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// Model-based sharing: generated sequences of shares, role changes and revokes by the owning organization's OWNER
/// (the demo organization) on a few of its rows, and observations (get and list) by five principals of two fresh
/// organizations in their personal account and their organization, on every shared collection of the catalog
/// (<see cref="SharedCollection"/>), and writes (uploads) by them where the collection has one. Every answer and every
/// list must be what <see cref="SharedTenancyModel"/> predicts.
/// </summary>
public sealed class SharedTenancyModelTests(ITestOutputHelper output) : FakeHubTest
{
    private const int Resources = 3;

    private readonly Dictionary<string, int> _statuses = [];

    [Fact]
    public void The_model_covers_service_and_data_pool_shares_and_data_pool_uploads()
    {
        SharedCollection.All.Select(c => c.Name).Should().Contain(["service_shares", "data_pool_shares"]);
        SharedCollection.All.Single(c => c.Name == "data_pool_shares").Write.Should().Be(HubCatalog.DataPoolFilesUpload);
    }

    [Fact]
    public async Task A_shared_row_is_visible_exactly_to_its_targets_with_the_capped_role_until_revoked()
    {
        var sequences = int.TryParse(Environment.GetEnvironmentVariable("KIPUHUB_MODEL_SEQUENCES"), out var n) ? n : 40;
        var seed = Environment.GetEnvironmentVariable("KIPUHUB_MODEL_SEED") ?? "KipuHubShares1";
        var action = Gen.Frequency((3, Gen.Const(ShareAction.Share)), (2, Gen.Const(ShareAction.ChangeRole)),
            (1, Gen.Const(ShareAction.Revoke)), (4, Gen.Const(ShareAction.Observe)), (2, Gen.Const(ShareAction.Write)));
        var gen = Gen.Select(action, Gen.Int[0, Resources - 1], Gen.Int[0, SharedTenancyModel.Targets.Length - 1], Gen.Int[0, 2],
                Gen.Int[0, TenancyModel.PrincipalNames.Length - 1], Gen.Int[0, 1],
                (a, r, t, role, who, account) => new ShareStep(a, r, t, role, who, account))
            .Array[1, 30].Select(steps => new ShareSequence(steps));

        foreach (var collection in SharedCollection.All)
        {
            await FuzzRun.RunAsync(gen, seed, sequences, s => RunAsync(collection, s), s => s.Shorter());
        }

        output.WriteLine(string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} x {s.Key}")));
        _statuses.Keys.Should().Contain(["200 Share", "409 Share", "200 ChangeRole", "204 Revoke", "200 Observe", "404 Observe",
            "200 Write", "403 Write", "404 Write"]);
    }

    private async Task RunAsync(SharedCollection collection, ShareSequence sequence)
    {
        Hub.ResetForReuse();
        using var a = Hub.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var b = Hub.CreateTenant(PermissionRole.Owner, PermissionRole.Viewer);
        FakeHubMember[] cast = [.. a.Members, .. b.Members];
        string[] organizations = [a.Id, b.Id];
        (string Type, string Id)[] targets = [("ORGANIZATION", a.Id), ("ORGANIZATION", b.Id), ("USER", cast[0].UserId), ("USER", cast[4].UserId)];
        var resources = (await Ids(collection, Tokens.Demo, Hub.DemoOrganizationId)).Take(Resources).ToList();
        var shareIds = new Dictionary<(int, int), string>();
        var model = new SharedTenancyModel();

        foreach (var step in sequence.Steps)
        {
            var resource = resources[step.Resource];
            var version = Hub.Store.Version;
            int status;
            string body;
            // Changing a share to the role it already grants is answered but changes nothing.
            var noChange = false;
            switch (step.Action)
            {
                case ShareAction.Share:
                    (status, body) = await SendAsync(HttpMethod.Post, collection.SharesPath(resource), Tokens.Demo, Hub.DemoOrganizationId,
                        HubHttp.Json($"{{\"principalType\":\"{targets[step.Target].Type}\",\"principalId\":\"{targets[step.Target].Id}\",\"role\":\"{SharedTenancyModel.Roles[step.Role]}\"}}"));
                    Expect(step, status, model.Has(step.Resource, step.Target) ? 409 : 200, body);
                    if (status == 200)
                    {
                        shareIds[(step.Resource, step.Target)] = TenantCollection.IdOf(body);
                        model.Set(step.Resource, step.Target, SharedTenancyModel.Roles[step.Role]);
                    }
                    break;
                case ShareAction.ChangeRole when shareIds.TryGetValue((step.Resource, step.Target), out var changed):
                    (status, body) = await SendAsync(HttpMethod.Put, collection.SharesPath(resource, changed), Tokens.Demo, Hub.DemoOrganizationId,
                        HubHttp.Json($"{{\"role\":\"{SharedTenancyModel.Roles[step.Role]}\"}}"));
                    Expect(step, status, 200, body);
                    noChange = model.Granted(step.Resource, step.Target) == SharedTenancyModel.Roles[step.Role];
                    model.Set(step.Resource, step.Target, SharedTenancyModel.Roles[step.Role]);
                    break;
                case ShareAction.Revoke when shareIds.Remove((step.Resource, step.Target), out var revoked):
                    (status, body) = await SendAsync(HttpMethod.Delete, collection.SharesPath(resource, revoked), Tokens.Demo, Hub.DemoOrganizationId);
                    Expect(step, status, 204, body);
                    model.Remove(step.Resource, step.Target);
                    break;
                case ShareAction.Observe:
                    var header = step.ObserverAccount == 0 ? null : organizations[TenancyModel.OrganizationOf(step.Observer)];
                    (status, body) = await SendAsync(HttpMethod.Get, collection.ItemPath(resource), cast[step.Observer].Token, header);
                    var role = model.Expect(step.Resource, step.Observer, step.ObserverAccount);
                    Expect(step, status, role is null ? 404 : 200, body);
                    if (role is { } expected && !body.Contains($"\"currentUserPermission\":\"{expected}\"", StringComparison.Ordinal))
                    {
                        throw new FuzzFailure($"{step} must show currentUserPermission {expected}: {body}");
                    }
                    break;
                case ShareAction.Write when collection.Write is { } write:
                    var writerAccount = step.ObserverAccount == 0 ? null : organizations[TenancyModel.OrganizationOf(step.Observer)];
                    var (path, content) = collection.WriteRequest(resource);
                    (status, body) = await SendAsync(HttpMethod.Post, path, cast[step.Observer].Token, writerAccount, content);
                    Expect(step, status, model.ExpectWrite(step.Resource, step.Observer, step.ObserverAccount, write.MinimumRole), body);
                    break;
                default:
                    continue;
            }
            var wrote = status < 300 && step.Action != ShareAction.Observe && !noChange;
            if ((Hub.Store.Version != version) != wrote)
            {
                throw new FuzzFailure($"{step} answered {status} and {(wrote ? "left the store as it was" : "changed the store")}.");
            }
        }

        // Every account of the cast lists exactly the rows shared with it, with the capped role (the fresh tenants own none).
        for (var p = 0; p < cast.Length; p++)
        {
            foreach (var account in new[] { 0, 1 })
            {
                var header = account == 0 ? null : organizations[TenancyModel.OrganizationOf(p)];
                var (status, body) = await SendAsync(HttpMethod.Get, collection.ListPath, cast[p].Token, header);
                status.Should().Be(200, body);
                var listed = collection.RowsOf(body).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
                var expected = model.Visible(Resources, p, account).Select(v => (resources[v.Resource], (string?)v.Role.Value))
                    .OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();
                if (!listed.SequenceEqual(expected))
                {
                    throw new FuzzFailure($"At the end, {TenancyModel.PrincipalNames[p]} in {(account == 0 ? "personal" : "own organization")} listed " +
                        $"[{string.Join(", ", listed)}], the model holds [{string.Join(", ", expected)}].");
                }
            }
        }
    }

    private void Expect(ShareStep step, int status, int expected, string body)
    {
        _statuses[$"{status} {step.Action}"] = _statuses.GetValueOrDefault($"{status} {step.Action}") + 1;
        if (status != expected)
        {
            throw new FuzzFailure($"{step} answered {status}, the model expects {expected}: {(body.Length <= 300 ? body : body[..300])}");
        }
    }

    private async Task<List<string>> Ids(SharedCollection collection, string token, string organization)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, collection.ListPath, token, organization);
        status.Should().Be(200, body);
        return [.. collection.RowsOf(body).Select(r => r.Id)];
    }

    private async Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, string token, string? organization, HttpContent? content = null)
    {
        using var response = await Http.SendAsync(method, path, token, organization, content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>A generated sequence of share steps, printed one per line when it fails.</summary>
internal sealed record ShareSequence(ShareStep[] Steps)
{
    public IEnumerable<ShareSequence> Shorter()
    {
        for (var run = Steps.Length / 2; run >= 1; run /= 2)
        {
            for (var start = 0; start + run <= Steps.Length; start += run)
            {
                yield return new ShareSequence([.. Steps[..start], .. Steps[(start + run)..]]);
            }
        }
    }

    public override string ToString() =>
        $"{Steps.Length} steps:{Environment.NewLine}" + string.Join(Environment.NewLine, Steps.Select((s, i) => $"    {i + 1}. {s}"));
}
