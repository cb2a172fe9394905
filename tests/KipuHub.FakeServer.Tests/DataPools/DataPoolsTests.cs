namespace KipuHub.FakeServer.Tests.DataPools;

public sealed class DataPoolsTests : FakeHubTest
{
    private async Task<DataPool> CreatePoolAsync(string name, string? organizationId = null)
    {
        using var response = await Http.SendAsync(HttpMethod.Post, "datapools", organizationId: organizationId, content: HubHttp.Json($$"""{"name":"{{name}}"}"""));
        return await response.ReadJsonAsync<DataPool>();
    }

    [Fact]
    public async Task Data_pools_are_a_plain_array_and_search_is_a_case_insensitive_substring_of_the_name()
    {
        await CreatePoolAsync("Quantum Chemistry Benchmarks");
        await CreatePoolAsync("Logistics routes");

        using var raw = await Http.FetchAsync("datapools");
        (await raw.Content.ReadAsStringAsync()).Should().StartWith("[");
        var found = await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools?search=chemistry");

        found.Should().ContainSingle(p => p.Name == "Quantum Chemistry Benchmarks");
        found.Where(p => !p.Name!.Contains("chemistry", StringComparison.OrdinalIgnoreCase)).Should().BeEmpty();
        (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools?search=ROUTES")).Should().Contain(p => p.Name == "Logistics routes");
        (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools?search=zzz-nothing")).Should().BeEmpty();
        (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools?search=")).Should().HaveCount((await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools")).Count);
    }

    [Fact]
    public async Task Create_then_get_returns_the_pool_owned_by_the_caller()
    {
        var created = await CreatePoolAsync("Molecules");

        created.Name.Should().Be("Molecules");
        created.CurrentUserPermission.Should().Be(PermissionRole.Owner);
        created.CreatedAt.Should().Be(Hub.Options.ReferenceDate.AddSeconds(1));
        (await Http.GetJsonAsync<DataPool>($"datapools/{created.Id}")).Should().BeEquivalentTo(created);
        (await Http.GetJsonAsync<IReadOnlyList<DataPoolFile>>($"datapools/{created.Id}/files")).Should().BeEmpty();
    }

    [Fact]
    public async Task Update_changes_the_given_fields_and_keeps_the_omitted_ones()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];

        using var first = await Http.SendAsync(HttpMethod.Put, $"datapools/{pool.Id}", content: HubHttp.Json("""{"shortDescription":"Short."}"""));
        var afterFirst = await first.ReadJsonAsync<DataPool>();
        using var second = await Http.SendAsync(HttpMethod.Put, $"datapools/{pool.Id}", content: HubHttp.Json("""{"name":"Renamed","description":"Long."}"""));
        var afterSecond = await second.ReadJsonAsync<DataPool>();

        afterFirst.Should().BeEquivalentTo(pool with { ShortDescription = "Short." });
        afterSecond.Should().BeEquivalentTo(pool with { Name = "Renamed", ShortDescription = "Short.", Description = "Long." });
        (await Http.GetJsonAsync<DataPool>($"datapools/{pool.Id}")).Should().BeEquivalentTo(afterSecond);
    }

    [Fact]
    public async Task Delete_removes_the_pool_and_its_files()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];
        var file = (await Http.GetJsonAsync<IReadOnlyList<DataPoolFile>>($"datapools/{pool.Id}/files"))[0];

        using var deleted = await Http.SendAsync(HttpMethod.Delete, $"datapools/{pool.Id}");

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await Http.FetchAsync($"datapools/{pool.Id}")).ReadErrorAsync(HttpStatusCode.NotFound);
        await (await Http.FetchAsync($"datapools/{pool.Id}/files/{file.Id}")).ReadErrorAsync(HttpStatusCode.NotFound);
        (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools")).Should().NotContain(p => p.Id == pool.Id);
    }

    [Fact]
    public async Task Upload_then_download_returns_the_same_bytes_with_the_content_type()
    {
        var pool = await CreatePoolAsync("Uploads");
        var bytes = Encoding.UTF8.GetBytes("x,y\n1,2\n");

        using var upload = await Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: HubHttp.FileUpload(bytes, "points.csv", "text/csv"));
        var file = await upload.ReadJsonAsync<DataPoolFile>();
        using var download = await Http.FetchAsync($"datapools/{pool.Id}/files/{file.Id}");

        file.Name.Should().Be("points.csv");
        file.DataPoolId.Should().Be(pool.Id);
        file.ContentType.Should().Be("text/csv");
        file.ContentLength.Should().Be(bytes.Length);
        file.FullPath.Should().EndWith("/points.csv");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
        (await Http.GetJsonAsync<IReadOnlyList<DataPoolFile>>($"datapools/{pool.Id}/files")).Should().ContainSingle().Which.Should().BeEquivalentTo(file);
    }

    [Fact]
    public async Task The_filename_query_parameter_overrides_the_parts_file_name()
    {
        var pool = await CreatePoolAsync("Renamed uploads");

        using var upload = await Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files?filename=final.json",
            content: HubHttp.FileUpload("{}"u8.ToArray(), "draft.json", "application/json"));

        (await upload.ReadJsonAsync<DataPoolFile>()).Name.Should().Be("final.json");
    }

    [Fact]
    public async Task Binary_content_survives_the_round_trip()
    {
        var pool = await CreatePoolAsync("Binary");
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 256)).ToArray();

        using var upload = await Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: HubHttp.FileUpload(bytes, "blob.bin", "application/octet-stream"));
        var file = await upload.ReadJsonAsync<DataPoolFile>();

        (await (await Http.FetchAsync($"datapools/{pool.Id}/files/{file.Id}")).Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
    }

    [Fact]
    public async Task Uploading_a_second_file_with_the_same_name_is_409()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];
        var existing = (await Http.GetJsonAsync<IReadOnlyList<DataPoolFile>>($"datapools/{pool.Id}/files"))[0];

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.Conflict,
            () => Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: HubHttp.FileUpload([1, 2, 3], existing.Name!)),
            $"datapools/{pool.Id}/files");
    }

    [Fact]
    public async Task Deleting_a_file_removes_only_that_file()
    {
        var pool = await CreatePoolAsync("Two files");
        using var a = await Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: HubHttp.FileUpload([1], "a.bin"));
        using var b = await Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: HubHttp.FileUpload([2], "b.bin"));
        var fileA = await a.ReadJsonAsync<DataPoolFile>();

        using var deleted = await Http.SendAsync(HttpMethod.Delete, $"datapools/{pool.Id}/files/{fileA.Id}");

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Http.GetJsonAsync<IReadOnlyList<DataPoolFile>>($"datapools/{pool.Id}/files")).Select(f => f.Name).Should().Equal("b.bin");
        await (await Http.FetchAsync($"datapools/{pool.Id}/files/{fileA.Id}")).ReadErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Seeded_pools_hold_one_to_three_small_text_files()
    {
        foreach (var organization in new[] { null, Hub.DemoOrganizationId })
        {
            foreach (var pool in await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools", organization))
            {
                var files = await Http.GetJsonAsync<IReadOnlyList<DataPoolFile>>($"datapools/{pool.Id}/files", organization);
                files.Count.Should().BeInRange(1, 3);
                foreach (var file in files)
                {
                    using var download = await Http.FetchAsync($"datapools/{pool.Id}/files/{file.Id}", organization);
                    var bytes = await download.Content.ReadAsByteArrayAsync();
                    bytes.Should().HaveCount((int)file.ContentLength!.Value).And.NotBeEmpty();
                    download.Content.Headers.ContentType!.MediaType.Should().Be(file.ContentType);
                    file.ContentType.Should().BeOneOf("text/csv", "application/json", "text/plain");
                }
            }
        }
    }
}
