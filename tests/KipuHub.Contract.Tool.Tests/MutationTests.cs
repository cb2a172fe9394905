using System.Text.Json.Nodes;

namespace KipuHub.Contract.Tool.Tests;

/// <summary>The fake's document with one change each: the checker names the change in the report and exits 1.</summary>
public sealed class MutationTests
{
    private const string Base = "/qc-catalog";

    private static async Task<string> DriftOfAsync(Action<JsonNode> mutate, params string[] expectedKeys)
    {
        var document = await FakeDocument.NodeAsync();
        mutate(document);

        var (exit, output, error) = await FakeDocument.RunAsync(document.ToJsonString());

        exit.Should().Be(1, output + error);
        foreach (var key in expectedKeys)
        {
            output.Should().Contain($"- `{key}`", "the report names the change");
        }
        return output;
    }

    private static JsonObject Schemas(JsonNode document) => document["components"]!["schemas"]!.AsObject();

    private static JsonObject Operation(JsonNode document, string path, string method) => document["paths"]![Base + path]![method]!.AsObject();

    [Fact]
    public async Task A_removed_path_is_only_in_KipuHub()
    {
        var report = await DriftOfAsync(d => d["paths"]!.AsObject().Remove(Base + "/services/{id}"),
            "ServicesGet: only in KipuHub", "ServicesDelete: only in KipuHub");

        report.Should().Contain("## services").And.Contain("**Drift: 2 difference(s)**");
    }

    [Fact]
    public async Task An_added_path_is_only_in_the_API_under_its_tag()
    {
        var report = await DriftOfAsync(d => d["paths"]![Base + "/services/{id}/archive"] = new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["tags"] = new JsonArray("services"),
                ["operationId"] = "archiveService",
                ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "archived" } },
            },
        }, "POST /services/{id}/archive: only in the API");

        report.Should().Contain("## services").And.Contain("### not in KipuHub").And.Contain("operationId archiveService");
    }

    [Fact]
    public async Task A_renamed_DTO_property_is_reported_on_both_sides()
    {
        await DriftOfAsync(d =>
        {
            var properties = Schemas(d)["ServiceOverview"]!["properties"]!.AsObject();
            var displayName = properties["displayName"]!.DeepClone();
            properties.Remove("displayName");
            properties["label"] = displayName;
        }, "ServiceOverview.displayName: only in KipuHub", "ServiceOverview.label: only in the API");
    }

    [Fact]
    public async Task A_changed_DTO_property_type_is_named_with_both_types()
    {
        await DriftOfAsync(d => Schemas(d)["ServiceOverview"]!["properties"]!["createdAt"] = new JsonObject { ["type"] = "integer" },
            "ServiceOverview.createdAt: type KipuHub string(date-time), API integer");
    }

    [Fact]
    public async Task A_changed_query_parameter_type_is_named()
    {
        await DriftOfAsync(d =>
        {
            var size = Operation(d, "/services", "get")["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "size")!;
            size["schema"] = new JsonObject { ["type"] = "string" };
        }, "ServicesList query size: type KipuHub integer, API string");
    }

    [Fact]
    public async Task Query_parameters_missing_added_or_required_are_named()
    {
        await DriftOfAsync(d =>
        {
            var parameters = Operation(d, "/services", "get")["parameters"]!.AsArray();
            parameters.Remove(parameters.Single(p => p!["name"]!.GetValue<string>() == "sort"));
            parameters.Single(p => p!["name"]!.GetValue<string>() == "lifecycle")!["required"] = true;
            parameters.Add(new JsonObject { ["name"] = "pageable", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "object" } });
        }, "ServicesList query sort: only in KipuHub", "ServicesList query lifecycle: required in the API only", "ServicesList query pageable: only in the API");
    }

    [Fact]
    public async Task A_paged_result_turned_into_a_plain_array_is_named()
    {
        await DriftOfAsync(d => Operation(d, "/services", "get")["responses"]!["200"]!["content"]!["application/json"]!["schema"] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/ServiceOverview" },
        }, "ServicesList result: KipuHub page, API array");
    }

    [Fact]
    public async Task A_spring_page_is_a_page_too()
    {
        var document = await FakeDocument.NodeAsync();
        Operation(document, "/services", "get")["responses"]!["200"]!["content"]!["application/json"]!["schema"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["content"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/ServiceOverview" } },
                ["number"] = new JsonObject { ["type"] = "integer" },
                ["totalElements"] = new JsonObject { ["type"] = "integer", ["format"] = "int64" },
                ["pageable"] = new JsonObject { ["type"] = "object" },
            },
        };

        FakeDocument.Diff(document.ToJsonString()).Differences.Should().BeEmpty();
    }

    [Fact]
    public async Task A_new_enum_value_is_only_in_the_API_and_a_dropped_one_only_in_KipuHub()
    {
        await DriftOfAsync(d =>
        {
            var values = Schemas(d)["ServiceLifecycle"]!["x-extensible-enum"]!.AsArray();
            values.Add("ARCHIVED");
            values.Remove(values.Single(v => v!.GetValue<string>() == "ACCESSIBLE"));
        }, "ServiceLifecycle value ARCHIVED: only in the API", "ServiceLifecycle value ACCESSIBLE: only in KipuHub");
    }

    [Fact]
    public async Task A_closed_enum_is_read_like_an_open_one()
    {
        await DriftOfAsync(d =>
        {
            var lifecycle = Schemas(d)["ServiceLifecycle"]!.AsObject();
            lifecycle.Remove("x-extensible-enum");
            lifecycle["enum"] = new JsonArray("CREATED", "ACCESSIBLE", "PUBLISHED", "ARCHIVED");
        }, "ServiceLifecycle value ARCHIVED: only in the API");
    }

    [Fact]
    public async Task A_different_method_is_named_and_the_rest_still_compared()
    {
        await DriftOfAsync(d =>
        {
            var item = d["paths"]![Base + "/services/{serviceId}/versions/{versionId}"]!.AsObject();
            var put = item["put"]!.DeepClone();
            item.Remove("put");
            item["patch"] = put;
        }, "ServiceVersionsUpdate method: KipuHub PUT, API PATCH");
    }

    [Fact]
    public async Task A_renamed_path_parameter_is_matched_and_only_the_name_reported()
    {
        var report = await DriftOfAsync(d =>
        {
            var paths = d["paths"]!.AsObject();
            var item = paths[Base + "/services/{id}"]!.DeepClone();
            paths.Remove(Base + "/services/{id}");
            foreach (var (_, operation) in item.AsObject())
            {
                operation!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "id")!["name"] = "serviceId";
            }
            paths[Base + "/services/{serviceId}"] = item;
        }, "ServicesGet path: parameter names differ (KipuHub /services/{id}, API /services/{serviceId})");

        report.Should().NotContain("only in KipuHub").And.NotContain("only in the API");
    }

    [Fact]
    public async Task A_request_body_changed_or_removed_is_named()
    {
        await DriftOfAsync(d =>
        {
            Operation(d, "/services/{serviceId}/versions/{versionId}", "put").Remove("requestBody");
            var upload = Operation(d, "/v3/services/{serviceId}/versions/{versionId}/api-spec", "put")["requestBody"]!["content"]!.AsObject();
            var form = upload["multipart/form-data"]!.DeepClone();
            upload.Remove("multipart/form-data");
            upload["application/json"] = form;
        }, "ServiceVersionsUpdate body: only in KipuHub", "ServiceVersionsUploadApiSpec body: content type KipuHub multipart/form-data, API application/json");
    }

    [Fact]
    public async Task A_document_with_paths_relative_to_its_server_is_read_below_the_base_path()
    {
        var document = await FakeDocument.NodeAsync();
        var paths = new JsonObject();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            paths[path[Base.Length..]] = item!.DeepClone();
        }
        document["paths"] = paths;
        document["servers"] = new JsonArray(new JsonObject { ["url"] = "https://api.hub.kipu-quantum.com/qc-catalog" });

        FakeDocument.Diff(document.ToJsonString()).Differences.Should().BeEmpty();
    }
}
