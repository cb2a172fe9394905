namespace KipuHub.FakeServer.Tests.Pipeline;

/// <summary>Client mistakes get the documented status, a JSON error body, and leave every piece of state as it was.</summary>
public sealed class BadInputTests : FakeHubTest
{
    /// <summary>JSON endpoints and how to reach each with a body.</summary>
    private async Task<List<(HttpMethod Method, string Path, string? Org)>> JsonEndpointsAsync()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];
        var service = (await Http.ServicesAsync(null))[0];
        return
        [
            (HttpMethod.Post, "datapools", null),
            (HttpMethod.Put, $"datapools/{pool.Id}", null),
            (HttpMethod.Post, "v2/applications", null),
            (HttpMethod.Post, "subscriptions", null),
            (HttpMethod.Put, service.VersionPath(), null),
            (HttpMethod.Post, service.VersionPath() + "/commands", null),
        ];
    }

    [Theory]
    [InlineData("""{"name":""")]
    [InlineData("""{name:"x"}""")]
    [InlineData("""{"name":"x",}""")]
    [InlineData("")]
    [InlineData("not json")]
    public async Task Malformed_json_is_400_everywhere(string body)
    {
        foreach (var (method, path, org) in await JsonEndpointsAsync())
        {
            var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.SendAsync(method, path, organizationId: org, content: HubHttp.Json(body)));
            error.ErrorMessage.Should().Contain("JSON");
        }
    }

    [Theory]
    [InlineData("""{"name":5}""")]
    [InlineData("""{"name":["a"]}""")]
    [InlineData("""{"name":{"first":"a"}}""")]
    [InlineData("""["name"]""")]
    [InlineData("\"Molecules\"")]
    public async Task Wrong_json_types_are_400(string body)
    {
        foreach (var path in new[] { "datapools", "v2/applications" })
        {
            var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.SendAsync(HttpMethod.Post, path, content: HubHttp.Json(body)));
            error.ErrorMessage.Should().Contain("Path: $");
        }
    }

    [Fact]
    public async Task Wrong_types_in_nested_and_list_fields_are_400()
    {
        var service = (await Http.ServicesAsync(null))[0];

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest,
            () => Http.SendAsync(HttpMethod.Put, service.VersionPath(), content: HubHttp.Json("""{"industryUuids":"one"}""")));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest,
            () => Http.SendAsync(HttpMethod.Post, "subscriptions", content: HubHttp.Json("""{"serviceId":1,"applicationId":2}""")));
    }

    [Theory]
    [InlineData("""{}""", "missing")]
    [InlineData("""{"name":null}""", "missing")]
    [InlineData("""{"name":""}""", "empty")]
    [InlineData("""{"name":"   "}""", "empty")]
    [InlineData("null", "not null")]
    public async Task A_missing_or_empty_name_is_422(string body, string expected)
    {
        foreach (var path in new[] { "datapools", "v2/applications" })
        {
            var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnprocessableEntity, () => Http.SendAsync(HttpMethod.Post, path, content: HubHttp.Json(body)));
            error.ErrorMessage.Should().Contain(expected);
        }
    }

    [Fact]
    public async Task A_name_over_255_characters_is_422_and_255_is_fine()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];
        var tooLong = new string('q', 256);

        foreach (var (method, path) in new[] { (HttpMethod.Post, "datapools"), (HttpMethod.Post, "v2/applications"), (HttpMethod.Put, $"datapools/{pool.Id}") })
        {
            var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnprocessableEntity,
                () => Http.SendAsync(method, path, content: HubHttp.Json($$"""{"name":"{{tooLong}}"}""")));
            error.ErrorMessage.Should().Contain("256").And.Contain("255");
        }
        using var longest = await Http.SendAsync(HttpMethod.Post, "datapools", content: HubHttp.Json($$"""{"name":"{{new string('q', 255)}}"}"""));
        longest.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_update_with_an_empty_name_is_422()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnprocessableEntity,
            () => Http.SendAsync(HttpMethod.Put, $"datapools/{pool.Id}", content: HubHttp.Json("""{"name":"","description":"kept?"}""")));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_json_endpoint_refuses_other_content_types_with_415(string? contentType)
    {
        foreach (var (method, path, org) in await JsonEndpointsAsync())
        {
            var content = new ByteArrayContent("""{"name":"x","type":"UNPUBLISH"}"""u8.ToArray());
            if (contentType is not null)
            {
                content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            }
            var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnsupportedMediaType, () => Http.SendAsync(method, path, organizationId: org, content: content));
            error.ErrorMessage.Should().Contain("application/json");
        }
    }

    [Fact]
    public async Task A_json_media_type_with_charset_or_suffix_is_accepted()
    {
        var withCharset = new StringContent("""{"name":"a"}""", Encoding.UTF8);
        withCharset.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
        var withSuffix = new StringContent("""{"name":"b"}""", Encoding.UTF8);
        withSuffix.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.kipu+json");

        (await Http.SendAsync(HttpMethod.Post, "datapools", content: withCharset)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Http.SendAsync(HttpMethod.Post, "datapools", content: withSuffix)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Json_sent_to_the_upload_is_415()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnsupportedMediaType,
            () => Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: HubHttp.Json("""{"file":"aGVsbG8="}""")), $"datapools/{pool.Id}/files");

        error.ErrorMessage.Should().Contain("multipart/form-data").And.Contain("'file'");
    }

    [Fact]
    public async Task An_upload_without_a_file_part_is_400()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest,
            () => Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: HubHttp.FileUpload([1, 2, 3], "data.bin", partName: "upload")),
            $"datapools/{pool.Id}/files");

        error.ErrorMessage.Should().Contain("no part named 'file'");
    }

    [Fact]
    public async Task A_multipart_body_without_boundary_or_with_broken_framing_is_400()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];
        var noBoundary = new ByteArrayContent("--x\r\n\r\n"u8.ToArray());
        noBoundary.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");
        var broken = new ByteArrayContent("this is not multipart at all"u8.ToArray());
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: noBoundary));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: broken));
    }

    [Fact]
    public async Task An_empty_filename_query_parameter_is_400()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest,
            () => Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files?filename=", content: HubHttp.FileUpload([1], "a.bin")), $"datapools/{pool.Id}/files");
    }

    [Theory]
    [InlineData("GET", "services/{0}")]
    [InlineData("DELETE", "services/{0}")]
    [InlineData("GET", "services/{0}/versions")]
    [InlineData("GET", "services/{0}/versions/{0}/build-logs")]
    [InlineData("POST", "services/{0}/versions/{0}/publish")]
    [InlineData("GET", "v2/applications/{0}")]
    [InlineData("POST", "v2/applications/{0}/access-token")]
    [InlineData("GET", "subscriptions/{0}")]
    [InlineData("GET", "subscriptions/{0}/service-executions")]
    [InlineData("GET", "datapools/{0}")]
    [InlineData("DELETE", "datapools/{0}")]
    [InlineData("GET", "datapools/{0}/files")]
    [InlineData("GET", "v2/apis/{0}")]
    public async Task An_unknown_or_malformed_id_is_404(string method, string template)
    {
        foreach (var id in new[] { "6f1f2a0e-1111-4222-8333-944455556666", "not-a-uuid", "%20", "123" })
        {
            await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound, () => Http.SendAsync(new HttpMethod(method), string.Format(template, id)));
        }
    }

    [Fact]
    public async Task Unknown_files_and_pools_are_404_for_file_operations()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound, () => Http.FetchAsync($"datapools/{pool.Id}/files/nope"));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound, () => Http.SendAsync(HttpMethod.Delete, $"datapools/{pool.Id}/files/nope"));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound,
            () => Http.SendAsync(HttpMethod.Post, "datapools/nope/files", content: HubHttp.FileUpload([1], "a.bin")));
    }

    [Fact]
    public async Task Random_bytes_never_cause_a_server_error()
    {
        var random = new Random(7);
        foreach (var (method, path, org) in await JsonEndpointsAsync())
        {
            for (var i = 0; i < 5; i++)
            {
                var bytes = new byte[random.Next(1, 300)];
                random.NextBytes(bytes);
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.SendAsync(method, path, organizationId: org, content: content));
                error.Status.Should().BeLessThan(500);
            }
        }
    }

    [Fact]
    public async Task Unknown_routes_and_methods_get_json_errors_too()
    {
        var noRoute = await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound, () => Http.FetchAsync("quantum-computers"));
        var wrongMethod = await ExpectErrorWithoutChangeAsync(HttpStatusCode.MethodNotAllowed, () => Http.SendAsync(HttpMethod.Patch, "datapools"));

        noRoute.ErrorMessage.Should().Contain("/openapi/v1.json");
        wrongMethod.ErrorMessage.Should().Contain("GET").And.Contain("POST");
    }
}
