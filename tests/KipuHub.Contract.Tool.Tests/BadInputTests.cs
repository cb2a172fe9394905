namespace KipuHub.Contract.Tool.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("{ \"openapi\": ", ".json", "is not a usable OpenAPI document (*open JSON object*)")]
    [InlineData("{\"hello\": \"world\"}", ".json", "is not a usable OpenAPI document (Version node not found.)")]
    [InlineData("", ".json", "is empty")]
    [InlineData("just: [unclosed", ".yaml", "is not a usable OpenAPI document (Unable to parse the YAML document*)")]
    public async Task An_unreadable_document_exits_2_saying_what_is_accepted(string text, string extension, string expected)
    {
        var (exit, output, error) = await FakeDocument.RunAsync(text, extension);

        exit.Should().Be(2, output);
        error.Should().Match($"*{expected}*").And.Contain("; expected an OpenAPI 3.0 or 3.1 document, as JSON (.json) or YAML (.yaml, .yml)", "the message says what is accepted");
        output.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var (exit, _, error) = await FakeDocument.RunArgsAsync("diff", "/nonexistent/openapi.json");

        exit.Should().Be(2);
        error.Should().Contain("/nonexistent/openapi.json does not exist");
    }

    [Theory]
    [InlineData(new[] { "diff" }, "diff needs a document")]
    [InlineData(new[] { "diff", "a.json", "--colour" }, "unknown flag '--colour'; accepted: --accept FILE, --output FILE")]
    [InlineData(new[] { "diff", "a.json", "--accept" }, "--accept needs a file name")]
    [InlineData(new[] { "diff", "a.json", "b.json" }, "one document only")]
    [InlineData(new[] { "check", "a.json" }, "unknown command 'check'")]
    [InlineData(new[] { "diff", "a.json", "--accept", "/nonexistent/known.txt" }, "--accept /nonexistent/known.txt could not be read")]
    public async Task Bad_flags_exit_2_with_the_usage(string[] args, string expected)
    {
        var (exit, _, error) = await FakeDocument.RunArgsAsync(args);

        exit.Should().Be(2);
        error.Should().Contain(expected);
    }

    [Fact]
    public async Task An_unreachable_url_exits_2()
    {
        var (exit, _, error) = await FakeDocument.RunArgsAsync("diff", "http://127.0.0.1:9/qc-catalog/docs");

        exit.Should().Be(2);
        error.Should().Contain("GET http://127.0.0.1:9/qc-catalog/docs failed");
    }
}
