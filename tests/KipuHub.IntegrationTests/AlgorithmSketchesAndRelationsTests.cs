using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// Sketches and relations of an algorithm, client against fake over loopback: a sketch is a PNG, JPEG or SVG image with a
/// description, downloaded as the bytes uploaded; a relation points at an algorithm the caller can see, never at itself
/// and never twice; both are read, written and deleted as their algorithm is. The upload limit is small here, for 413.
/// </summary>
public sealed class AlgorithmSketchesAndRelationsTests : FakeHubTest
{
    private const string Unknown = "00000000-0000-4000-8000-000000000000";
    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    protected override FakeHubOptions Options => new() { UploadLimitBytes = 64 * 1024 };

    private Task<Algorithm> CreateAsync(string name, AlgorithmVisibility? visibility = null) =>
        Hub.Algorithms.InOrg(Org).CreateAsync(new() { Name = name, Visibility = visibility });

    private AlgorithmSketchesQuery Sketches(string algorithmId) => Hub.Algorithms.InOrg(Org).Sketches(algorithmId);

    private AlgorithmRelationsQuery Relations(string algorithmId) => Hub.Algorithms.InOrg(Org).Relations(algorithmId);

    [Fact]
    public async Task UploadAPng_ListsIt_AndDownloadsTheBytesUploaded()
    {
        var algorithm = await CreateAsync("Sketched QAOA");

        var sketch = await Sketches(algorithm.Id).UploadAsync(new MemoryStream(s_png), "layer.png", "One QAOA layer.");

        sketch.Should().BeEquivalentTo(new AlgorithmSketch
        {
            Id = sketch.Id, AlgorithmId = algorithm.Id, Description = "One QAOA layer.", FileName = "layer.png", ContentType = "image/png",
            ContentLength = s_png.Length, CreatedAt = Fake.Options.ReferenceDate.AddSeconds(2), CreatedBy = "demo",
        });
        (await Sketches(algorithm.Id).ListAsync()).Content.Should().ContainSingle().Which.Should().BeEquivalentTo(sketch);
        using var image = new MemoryStream();
        await Sketches(algorithm.Id).DownloadImageAsync(sketch.Id, image);
        image.ToArray().Should().Equal(s_png);
        var svg = await Sketches(algorithm.Id).UploadAsync(new MemoryStream("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray()), "flow.svg");
        var jpeg = await Sketches(algorithm.Id).UploadAsync(new MemoryStream([0xFF, 0xD8, 0xFF]), "photo.bin", contentType: "IMAGE/JPEG; quality=80");
        (svg.ContentType, svg.Description, jpeg.ContentType).Should().Be(("image/svg+xml", null, "image/jpeg"));
        (await Sketches(algorithm.Id).Page(0, 2).ListAsync()).TotalElements.Should().Be(3);

        await Sketches(algorithm.Id).DeleteAsync(sketch.Id);

        await ExpectNothingChangedAsync<NotFoundException>(() => Sketches(algorithm.Id).DownloadImageAsync(sketch.Id, new MemoryStream()));
        (await Sketches(algorithm.Id).ListAsync()).TotalElements.Should().Be(2);
    }

    [Fact]
    public async Task TheSeed_HasSvgSketches_ThatDownload()
    {
        var withSketches = new List<AlgorithmSketch>();
        await foreach (var algorithm in Hub.Algorithms.InOrg(Org).AllAsync())
        {
            withSketches.AddRange((await Sketches(algorithm.Id).ListAsync()).Content);
        }

        withSketches.Should().NotBeEmpty().And.OnlyContain(s => s.ContentType == "image/svg+xml" && s.ContentLength > 0);
        using var image = new MemoryStream();
        await Sketches(withSketches[0].AlgorithmId!).DownloadImageAsync(withSketches[0].Id, image);
        System.Text.Encoding.UTF8.GetString(image.ToArray()).Should().StartWith("<svg");
        image.Length.Should().Be(withSketches[0].ContentLength);
    }

    [Fact]
    public async Task BadSketches_Are4xx_NamingWhatIsAccepted_AndChangeNothing()
    {
        var algorithm = await CreateAsync("Sketched Grover");

        (await ExpectNothingChangedAsync<UnsupportedMediaTypeException>(() => Sketches(algorithm.Id).UploadAsync(new MemoryStream([1]), "anim.gif", contentType: "image/gif")))
            .ErrorMessage.Should().Contain("image/gif").And.Contain("image/png, image/jpeg, image/svg+xml");
        await ExpectNothingChangedAsync<UnsupportedMediaTypeException>(() => Sketches(algorithm.Id).UploadAsync(new MemoryStream(s_png), "sketch.txt"));
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Sketches(algorithm.Id).UploadAsync(new MemoryStream(), "empty.png")))
            .ErrorMessage.Should().Contain("empty");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Sketches(algorithm.Id).UploadAsync(new MemoryStream(s_png), "long.png", new string('d', 10_001))))
            .ErrorMessage.Should().Contain("'description'").And.Contain("10000");
        await ExpectNothingChangedAsync<ContentTooLargeException>(() => Sketches(algorithm.Id).UploadAsync(new MemoryStream(new byte[65 * 1024]), "huge.png"));
        await ExpectNothingChangedAsync<NotFoundException>(() => Sketches(Unknown).UploadAsync(new MemoryStream(s_png), "lost.png"));
        await ExpectNothingChangedAsync<NotFoundException>(() => Sketches(algorithm.Id).DeleteAsync(Unknown));
        var other = await CreateAsync("Other");
        var sketch = await Sketches(other.Id).UploadAsync(new MemoryStream(s_png), "other.png");
        await ExpectNothingChangedAsync<NotFoundException>(() => Sketches(algorithm.Id).DownloadImageAsync(sketch.Id, new MemoryStream()));
    }

    [Fact]
    public async Task RawUploads_WithoutTheImagePart_OrAsJson_Are400And415_AndChangeNothing()
    {
        var algorithm = await CreateAsync("Raw uploads");
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var before = Fake.Store.Fingerprint();
        using var onlyDescription = new MultipartFormDataContent { { new StringContent("No image."), "description" } };

        var missing = await http.PostAsync($"algorithms/{algorithm.Id}/sketches", onlyDescription);
        var json = await http.PostAsync($"algorithms/{algorithm.Id}/sketches", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        missing.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        System.Text.Json.JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("errorMessage").GetString()
            .Should().Contain("no part named 'image'");
        json.StatusCode.Should().Be(System.Net.HttpStatusCode.UnsupportedMediaType);
        Fake.Store.Fingerprint().Should().Be(before, "a refused upload changes nothing");
    }

    [Fact]
    public async Task Sketches_FollowTheAlgorithmsRoles_AndTenancy()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        using var outsider = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = outsider.CreateClient();
        var algorithm = await owner.Algorithms.CreateAsync(new() { Name = "Roles" });
        var sketch = await maintainer.Algorithms.Sketches(algorithm.Id).UploadAsync(new MemoryStream(s_png), "a.png");

        (await viewer.Algorithms.Sketches(algorithm.Id).ListAsync()).Content.Should().ContainSingle();
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Algorithms.Sketches(algorithm.Id).UploadAsync(new MemoryStream(s_png), "b.png"));
        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Algorithms.Sketches(algorithm.Id).DeleteAsync(sketch.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.Sketches(algorithm.Id).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.Sketches(algorithm.Id).DownloadImageAsync(sketch.Id, new MemoryStream()));
        await owner.Algorithms.Sketches(algorithm.Id).DeleteAsync(sketch.Id);
        (await viewer.Algorithms.Sketches(algorithm.Id).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task Relations_PointAtVisibleAlgorithms_OwnOrPublic_AndListTheTargetsName()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var elsewhere = tenant.CreateClient();
        var qaoa = await CreateAsync("QAOA");
        var warm = await CreateAsync("Warm-Start QAOA");
        var published = await elsewhere.Algorithms.CreateAsync(new() { Name = "Published elsewhere", Visibility = AlgorithmVisibility.Public });

        var variant = await Relations(warm.Id).CreateAsync(new() { TargetAlgorithmId = qaoa.Id, RelationType = AlgorithmRelationType.VariantOf });
        var uses = await Relations(warm.Id).CreateAsync(new() { TargetAlgorithmId = published.Id, RelationType = AlgorithmRelationType.Uses });

        variant.Should().BeEquivalentTo(new AlgorithmRelation
        {
            Id = variant.Id, AlgorithmId = warm.Id, TargetAlgorithmId = qaoa.Id, TargetAlgorithmName = "QAOA", RelationType = AlgorithmRelationType.VariantOf,
            CreatedAt = Fake.Options.ReferenceDate.AddSeconds(4), CreatedBy = "demo",
        });
        (await Relations(warm.Id).ListAsync()).Content.Should().BeEquivalentTo([variant, uses]);
        (await Relations(warm.Id).Create(new() { TargetAlgorithmId = qaoa.Id, RelationType = AlgorithmRelationType.Generalizes }).SendAsync())
            .RelationType.Should().Be(AlgorithmRelationType.Generalizes, "another type to the same target is another relation");

        // The target goes private: the relation stays, but its name is no longer shown to who cannot see it.
        await elsewhere.Algorithms.UpdateAsync(published.Id, new() { Visibility = AlgorithmVisibility.Private });

        (await Relations(warm.Id).ListAsync()).Content.Single(r => r.Id == uses.Id).TargetAlgorithmName.Should().BeNull();
        await Relations(warm.Id).DeleteAsync(uses.Id);
        (await Relations(warm.Id).ListAsync()).TotalElements.Should().Be(2);
    }

    [Fact]
    public async Task BadRelations_Are404_409_Or422_AndChangeNothing()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer);
        using var stranger = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        var source = await CreateAsync("Source");
        var target = await CreateAsync("Target");
        var hidden = await stranger.Algorithms.CreateAsync(new() { Name = "Hidden elsewhere" });
        var relation = await Relations(source.Id).CreateAsync(new() { TargetAlgorithmId = target.Id, RelationType = AlgorithmRelationType.Uses });

        (await ExpectNothingChangedAsync<NotFoundException>(() => Relations(source.Id).CreateAsync(new() { TargetAlgorithmId = hidden.Id, RelationType = AlgorithmRelationType.Uses })))
            .ErrorMessage.Should().Contain(hidden.Id);
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Relations(source.Id).CreateAsync(new() { TargetAlgorithmId = source.Id, RelationType = AlgorithmRelationType.Uses })))
            .ErrorMessage.Should().Contain("itself");
        (await ExpectNothingChangedAsync<ConflictException>(() => Relations(source.Id).CreateAsync(new() { TargetAlgorithmId = target.Id, RelationType = AlgorithmRelationType.Uses })))
            .ErrorMessage.Should().Contain(relation.Id);
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Relations(source.Id).CreateAsync(new() { TargetAlgorithmId = target.Id, RelationType = new AlgorithmRelationType("CITES") })))
            .ErrorMessage.Should().Contain("CITES").And.Contain("USES, VARIANT_OF, GENERALIZES, SPECIALIZES");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Relations(source.Id).CreateAsync(new() { RelationType = AlgorithmRelationType.Uses })))
            .ErrorMessage.Should().Contain("'targetAlgorithmId'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Relations(source.Id).CreateAsync(new() { TargetAlgorithmId = target.Id })))
            .ErrorMessage.Should().Contain("'relationType'");
        await ExpectNothingChangedAsync<NotFoundException>(() => Relations(source.Id).DeleteAsync(Unknown));
        await ExpectNothingChangedAsync<NotFoundException>(() => Relations(target.Id).DeleteAsync(relation.Id));
        // The other tenant sees neither end; relating its own algorithm to ours is 404 as well.
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.Relations(source.Id).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.Relations(hidden.Id).CreateAsync(new() { TargetAlgorithmId = target.Id, RelationType = AlgorithmRelationType.Uses }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Algorithms.Relations(hidden.Id).DeleteAsync(Unknown));
    }
}
