namespace KipuHub.FakeServer.Tests.Pipeline;

/// <summary>The upload limit of FakeHubOptions, checked up front from Content-Length and again while reading.</summary>
public sealed class UploadLimitTests : FakeHubTest
{
    private const int Limit = 64 * 1024;

    internal override FakeHubOptions? Options => new() { UploadLimitBytes = Limit };

    private async Task<string> PoolFilesPathAsync() => $"datapools/{(await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0].Id}/files";

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_accepted()
    {
        var path = await PoolFilesPathAsync();

        using var response = await Http.SendAsync(HttpMethod.Post, path, content: HubHttp.FileUpload(new byte[Limit], "exact.bin"));

        (await response.ReadJsonAsync<DataPoolFile>()).ContentLength.Should().Be(Limit);
    }

    [Fact]
    public async Task A_file_one_byte_over_the_limit_is_413()
    {
        var path = await PoolFilesPathAsync();

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.RequestEntityTooLarge,
            () => Http.SendAsync(HttpMethod.Post, path, content: HubHttp.FileUpload(new byte[Limit + 1], "over.bin")), path);

        error.ErrorMessage.Should().Contain(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_declared_oversize_body_is_413_before_it_is_read()
    {
        var path = await PoolFilesPathAsync();

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.RequestEntityTooLarge,
            () => Http.SendAsync(HttpMethod.Post, path, content: HubHttp.FileUpload(new byte[4 * Limit], "huge.bin")), path);
    }

    [Fact]
    public async Task A_chunked_upload_without_content_length_is_counted_while_reading()
    {
        var path = await PoolFilesPathAsync();

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.RequestEntityTooLarge, () =>
        {
            var file = new StreamContent(new UnseekableStream(new byte[2 * Limit]));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var content = new MultipartFormDataContent { { file, "file", "streamed.bin" } };
            content.Headers.ContentLength.Should().BeNull();
            return Http.SendAsync(HttpMethod.Post, path, content: content);
        }, path);
    }

    [Fact]
    public async Task A_chunked_upload_within_the_limit_is_accepted()
    {
        var path = await PoolFilesPathAsync();
        var file = new StreamContent(new UnseekableStream(new byte[1000]));
        var content = new MultipartFormDataContent { { file, "file", "streamed.bin" } };
        content.Headers.ContentLength.Should().BeNull("the test is about uploads without a declared length");

        using var response = await Http.SendAsync(HttpMethod.Post, path, content: content);

        (await response.ReadJsonAsync<DataPoolFile>()).ContentLength.Should().Be(1000);
    }

    /// <summary>A stream whose length is unknown, so HttpClient sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}

/// <summary>With a limit above Kestrel's own default (about 28.6 MiB), the limit is still the fake's, not the framework's.</summary>
public sealed class LargeUploadLimitTests : FakeHubTest
{
    internal override FakeHubOptions? Options => new() { UploadLimitBytes = 40 * 1024 * 1024 };

    [Fact]
    public async Task An_upload_above_kestrels_default_limit_but_within_ours_is_accepted()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];

        using var response = await Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: HubHttp.FileUpload(new byte[32 * 1024 * 1024], "big.bin"));

        (await response.ReadJsonAsync<DataPoolFile>()).ContentLength.Should().Be(32 * 1024 * 1024);
    }
}

/// <summary>The default limit is 10 MiB.</summary>
public sealed class DefaultUploadLimitTests : FakeHubTest
{
    [Fact]
    public async Task The_default_limit_is_ten_mebibytes()
    {
        var path = $"datapools/{(await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0].Id}/files";

        Hub.Options.UploadLimitBytes.Should().Be(10 * 1024 * 1024);
        using var atLimit = await Http.SendAsync(HttpMethod.Post, path, content: HubHttp.FileUpload(new byte[10 * 1024 * 1024], "at-limit.bin"));
        atLimit.StatusCode.Should().Be(HttpStatusCode.OK);
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.RequestEntityTooLarge,
            () => Http.SendAsync(HttpMethod.Post, path, content: HubHttp.FileUpload(new byte[(10 * 1024 * 1024) + 1], "over.bin")));
    }
}
