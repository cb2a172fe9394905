using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The implementations namespace, client against fake over loopback: an implementation belongs to one algorithm and is
/// visible and writable as the algorithm is; <c>GET /implementations</c> lists those of every algorithm the caller can
/// see; files are uploaded, downloaded and deleted; deleting the algorithm takes everything that hangs on it.
/// </summary>
public sealed class ImplementationsTests : FakeHubTest
{
    private const string Unknown = "00000000-0000-4000-8000-000000000000";
    private static readonly CreateImplementationRequest s_qiskit = new() { Name = "Qiskit QAOA", Technology = "Qiskit", Version = "1.2.0", Description = "Max-Cut." };

    protected override FakeHubOptions Options => new() { UploadLimitBytes = 64 * 1024 };

    private Task<Algorithm> CreateAlgorithmAsync(string name = "Implemented QAOA") => Hub.Algorithms.InOrg(Org).CreateAsync(new() { Name = name });

    private AlgorithmImplementationsQuery Of(string algorithmId) => Hub.Implementations.InOrg(Org).Of(algorithmId);

    [Fact]
    public async Task ListAll_IsTheImplementationsOfEveryVisibleAlgorithm_PagedWithExactTotals()
    {
        var perAlgorithm = new Dictionary<string, long>();
        await foreach (var algorithm in Hub.Algorithms.InOrg(Org).AllAsync())
        {
            perAlgorithm[algorithm.Id] = (await Of(algorithm.Id).Page(0, 1).ListAsync()).TotalElements;
        }

        var first = await Hub.Implementations.InOrg(Org).Page(0, 20).ListAsync();
        var all = await Hub.Implementations.InOrg(Org).AllAsync().ToListAsync();

        first.TotalElements.Should().Be(perAlgorithm.Values.Sum()).And.Be(all.Count).And.BeGreaterThan(25);
        (first.Content.Count, first.TotalPages).Should().Be((20, (all.Count + 19) / 20));
        all.Select(i => i.Id).Should().OnlyHaveUniqueItems();
        all.Should().OnlyContain(i => perAlgorithm.ContainsKey(i.AlgorithmId!));
        // The first algorithm of the demo organization has more than a page of implementations.
        var busiest = perAlgorithm.MaxBy(p => p.Value);
        busiest.Value.Should().Be(26);
        var second = await Of(busiest.Key).Page(1, 20).ListAsync();
        (second.Content.Count, second.TotalPages).Should().Be((6, 2));
    }

    [Fact]
    public async Task ListAll_Where_NameContains_SearchesOnTheServer_IgnoringCase_AndSorts()
    {
        var all = await Hub.Implementations.InOrg(Org).AllAsync().ToListAsync();

        var found = await Hub.Implementations.InOrg(Org).Where(i => i.Name!.Contains("qiskit")).OrderBy(i => i.Name).Page(0, 100).AllAsync().ToListAsync();

        found.Should().NotBeEmpty().And.BeEquivalentTo(all.Where(i => i.Name!.Contains("qiskit", StringComparison.OrdinalIgnoreCase)));
        found.Select(i => i.Name).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        Fake.Journal.ShouldHaveCalled(HubCatalog.ImplementationsListAll).WithQuery("search", "qiskit");
    }

    [Fact]
    public async Task Create_Get_Update_Delete_RoundTrip()
    {
        var algorithm = await CreateAlgorithmAsync();

        var created = await Of(algorithm.Id).CreateAsync(s_qiskit);

        created.Should().BeEquivalentTo(new Implementation
        {
            Id = created.Id, AlgorithmId = algorithm.Id, Name = "Qiskit QAOA", Technology = "Qiskit", Version = "1.2.0", Description = "Max-Cut.",
            CreatedAt = Fake.Options.ReferenceDate.AddSeconds(2), ModifiedAt = Fake.Options.ReferenceDate.AddSeconds(2), CreatedBy = "demo",
            CurrentUserPermission = PermissionRole.Owner,
        });
        (await Of(algorithm.Id).GetAsync(created.Id)).Should().BeEquivalentTo(created);
        (await Hub.Implementations.InOrg(Org).Where(i => i.Name!.Contains("Qiskit QAOA")).Page(0, 20).ListAsync()).Content.Should().ContainEquivalentOf(created);

        var updated = await Of(algorithm.Id).UpdateAsync(created.Id, new() { Version = "1.3.0" });

        updated.Should().BeEquivalentTo(created with { Version = "1.3.0", ModifiedAt = Fake.Options.ReferenceDate.AddSeconds(3) });

        await Of(algorithm.Id).DeleteAsync(created.Id);

        await ExpectNothingChangedAsync<NotFoundException>(() => Of(algorithm.Id).GetAsync(created.Id));
        (await Of(algorithm.Id).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task Roles_AndTenancy_FollowTheAlgorithm()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var algorithm = await owner.Algorithms.CreateAsync(new() { Name = "Team algorithm" });
        var implementation = await maintainer.Implementations.Of(algorithm.Id).CreateAsync(s_qiskit);
        var mine = await Of((await CreateAlgorithmAsync()).Id).CreateAsync(s_qiskit);

        (await viewer.Implementations.Of(algorithm.Id).GetAsync(implementation.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Implementations.Of(algorithm.Id).CreateAsync(s_qiskit));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Implementations.Of(algorithm.Id).UpdateAsync(implementation.Id, new() { Name = "No" }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Implementations.Of(algorithm.Id).DeleteAsync(implementation.Id));
        // Another tenant's algorithm and implementation do not exist for the tenant; nor does an implementation under the wrong algorithm.
        await ExpectNothingChangedAsync<NotFoundException>(() => owner.Implementations.Of(mine.AlgorithmId!).GetAsync(mine.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => owner.Implementations.Of(mine.AlgorithmId!).CreateAsync(s_qiskit));
        await ExpectNothingChangedAsync<NotFoundException>(() => owner.Implementations.Of(algorithm.Id).GetAsync(mine.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => owner.Implementations.Of(mine.AlgorithmId!).Files(mine.Id).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => owner.Implementations.InOrg(Org).Page(0, 20).ListAsync());
        (await owner.Implementations.Page(0, 2000).ListAsync()).Content.Should().Contain(i => i.Id == implementation.Id).And.NotContain(i => i.Id == mine.Id);

        await owner.Implementations.Of(algorithm.Id).DeleteAsync(implementation.Id);

        (await viewer.Implementations.Of(algorithm.Id).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task ThoseOfAPublicAlgorithm_AreReadableByEveryTenant_AndWritableByNone()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = tenant.CreateClient();
        var algorithm = await Hub.Algorithms.InOrg(Org).CreateAsync(new() { Name = "Published", Visibility = AlgorithmVisibility.Public });
        var implementation = await Of(algorithm.Id).CreateAsync(s_qiskit);
        var file = await Of(algorithm.Id).Files(implementation.Id).UploadAsync(new MemoryStream("print(1)\n"u8.ToArray()), "program.py", "text/x-python");

        (await stranger.Implementations.Of(algorithm.Id).GetAsync(implementation.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await stranger.Implementations.Page(0, 2000).ListAsync()).Content.Should().ContainSingle(i => i.Id == implementation.Id);
        using var content = new MemoryStream();
        await stranger.Implementations.Of(algorithm.Id).Files(implementation.Id).DownloadAsync(file.Id, content);
        content.ToArray().Should().Equal("print(1)\n"u8.ToArray());
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Implementations.Of(algorithm.Id).CreateAsync(s_qiskit));
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Implementations.Of(algorithm.Id).Files(implementation.Id).UploadAsync(new MemoryStream([1]), "x.bin"));
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Implementations.Of(algorithm.Id).Files(implementation.Id).DeleteAsync(file.Id));
    }

    [Fact]
    public async Task Files_Upload_List_Download_Delete_AndBadUploads()
    {
        var algorithm = await CreateAlgorithmAsync();
        var implementation = await Of(algorithm.Id).CreateAsync(s_qiskit);
        var files = Of(algorithm.Id).Files(implementation.Id);
        byte[] bytes = [0, 1, 2, 250, 251];

        var file = await files.UploadAsync(new MemoryStream(bytes), "weights.bin");

        file.Should().BeEquivalentTo(new ImplementationFile
        {
            Id = file.Id, ImplementationId = implementation.Id, Name = "weights.bin", ContentType = "application/octet-stream", ContentLength = 5,
            CreatedAt = Fake.Options.ReferenceDate.AddSeconds(3), CreatedBy = "demo",
        });
        (await files.ListAsync()).Content.Should().ContainSingle().Which.Should().BeEquivalentTo(file);
        using var content = new MemoryStream();
        await files.DownloadAsync(file.Id, content);
        content.ToArray().Should().Equal(bytes);
        (await ExpectNothingChangedAsync<ConflictException>(() => files.UploadAsync(new MemoryStream([9]), "weights.bin"))).ErrorMessage.Should().Contain(file.Id);
        await ExpectNothingChangedAsync<ContentTooLargeException>(() => files.UploadAsync(new MemoryStream(new byte[65 * 1024]), "huge.bin"));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => files.UploadAsync(new MemoryStream([1]), new string('f', 256)));
        await ExpectNothingChangedAsync<NotFoundException>(() => files.DownloadAsync(Unknown, new MemoryStream()));
        await ExpectNothingChangedAsync<NotFoundException>(() => Of(algorithm.Id).Files(Unknown).UploadAsync(new MemoryStream([1]), "a.txt"));

        await files.DeleteAsync(file.Id);

        (await files.ListAsync()).Content.Should().BeEmpty();
        await ExpectNothingChangedAsync<NotFoundException>(() => files.DeleteAsync(file.Id));
    }

    [Fact]
    public async Task BadInputs_Are422Or404_NamingTheField_AndChangeNothing()
    {
        var algorithm = await CreateAlgorithmAsync();
        var id = (await Of(algorithm.Id).CreateAsync(s_qiskit)).Id;

        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Of(algorithm.Id).CreateAsync(s_qiskit with { Name = null })))
            .ErrorMessage.Should().Contain("'name'");
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Of(algorithm.Id).CreateAsync(s_qiskit with { Name = new string('n', 256) }));
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Of(algorithm.Id).UpdateAsync(id, new() { Technology = new string('t', 256) })))
            .ErrorMessage.Should().Contain("'technology'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Of(algorithm.Id).UpdateAsync(id, new() { Version = new string('v', 256) })))
            .ErrorMessage.Should().Contain("'version'");
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Of(algorithm.Id).UpdateAsync(id, new() { Description = new string('d', 10_001) }));
        await ExpectNothingChangedAsync<NotFoundException>(() => Of(Unknown).CreateAsync(s_qiskit));
        await ExpectNothingChangedAsync<NotFoundException>(() => Of(algorithm.Id).UpdateAsync(Unknown, new() { Name = "x" }));
        await ExpectNothingChangedAsync<NotFoundException>(() => Of(algorithm.Id).DeleteAsync(Unknown));
    }

    [Fact]
    public async Task DeletingAnAlgorithm_DeletesItsSketches_RelationsBothWays_Members_Implementations_AndFiles()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var member = tenant.CreateClient();
        var doomed = await CreateAlgorithmAsync("Doomed");
        var neighbour = await CreateAlgorithmAsync("Neighbour");
        await Hub.Algorithms.InOrg(Org).Sketches(doomed.Id).UploadAsync(new MemoryStream([0x89, 0x50]), "a.png");
        await Hub.Algorithms.InOrg(Org).Relations(doomed.Id).CreateAsync(new() { TargetAlgorithmId = neighbour.Id, RelationType = AlgorithmRelationType.Uses });
        await Hub.Algorithms.InOrg(Org).Relations(neighbour.Id).CreateAsync(new() { TargetAlgorithmId = doomed.Id, RelationType = AlgorithmRelationType.VariantOf });
        await Hub.Algorithms.InOrg(Org).Members(doomed.Id).SetAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });
        var implementation = await Of(doomed.Id).CreateAsync(s_qiskit);
        await Of(doomed.Id).Files(implementation.Id).UploadAsync(new MemoryStream([1]), "program.py");
        (await member.Algorithms.Page(0, 2000).ListAsync()).Content.Should().Contain(a => a.Id == doomed.Id);
        var stored = StoredRows();

        await Hub.Algorithms.InOrg(Org).DeleteAsync(doomed.Id);

        StoredRows().Should().Be((stored.Algorithms - 1, stored.Sketches - 1, stored.Relations - 2, stored.Members - 1, stored.Implementations - 1, stored.Files - 1));
        (await Hub.Algorithms.InOrg(Org).Relations(neighbour.Id).ListAsync()).Content.Should().BeEmpty();
        (await member.Algorithms.Page(0, 2000).ListAsync()).Content.Should().NotContain(a => a.Id == doomed.Id);
        (await Hub.Implementations.InOrg(Org).Page(0, 2000).ListAsync()).Content.Should().NotContain(i => i.Id == implementation.Id);
        await ExpectNothingChangedAsync<NotFoundException>(() => Of(doomed.Id).GetAsync(implementation.Id));
    }

    private (int Algorithms, int Sketches, int Relations, int Members, int Implementations, int Files) StoredRows()
    {
        var store = Fake.Store;
        using var read = store.Reading();
        return (store.Table(FakeServer.Namespaces.Algorithms.AlgorithmsModule.Algorithms).Count, store.Table(FakeServer.Namespaces.Algorithms.AlgorithmsModule.Sketches).Count,
            store.Table(FakeServer.Namespaces.Algorithms.AlgorithmsModule.Relations).Count, store.Table(FakeServer.Namespaces.Algorithms.AlgorithmsModule.Members).Count,
            store.Table(FakeServer.Namespaces.Implementations.ImplementationsModule.Implementations).Count,
            store.Table(FakeServer.Namespaces.Implementations.ImplementationsModule.Files).Count);
    }
}
