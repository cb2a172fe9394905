namespace KipuHub.Contract.Tool.Tests;

/// <summary>
/// A hand-written document in the form a Spring backend (springdoc) publishes: OpenAPI 3.0, YAML, paths relative to a
/// server URL ending in /qc-catalog, Spring's page, inline closed enums, nullable. Only two of KipuHub's endpoints.
/// </summary>
public sealed class SpringDocumentTests
{
    private const string Yaml = """
        openapi: 3.0.1
        info: { title: qc-catalog, version: v1 }
        servers:
          - url: https://api.hub.kipu-quantum.com/qc-catalog
        paths:
          /services:
            get:
              tags: [services]
              operationId: getServices
              parameters:
                - { name: page, in: query, schema: { type: integer, format: int32 } }
                - { name: size, in: query, schema: { type: integer, format: int32 } }
                - { name: sort, in: query, schema: { type: array, items: { type: string } } }
                - { name: lifecycle, in: query, schema: { type: string, enum: [CREATED, ACCESSIBLE, PUBLISHED] } }
              responses:
                '200':
                  description: OK
                  content:
                    '*/*':
                      schema: { $ref: '#/components/schemas/PageServiceOverviewDto' }
          /services/{serviceId}:
            delete:
              tags: [services]
              parameters:
                - { name: serviceId, in: path, required: true, schema: { type: string, format: uuid } }
              responses:
                '204': { description: No Content }
          /services/{serviceId}/archive:
            post:
              tags: [services]
              operationId: archiveService
              parameters:
                - { name: serviceId, in: path, required: true, schema: { type: string } }
              responses:
                '200': { description: OK }
        components:
          schemas:
            PageServiceOverviewDto:
              type: object
              properties:
                totalElements: { type: integer, format: int64 }
                totalPages: { type: integer, format: int32 }
                number: { type: integer, format: int32 }
                content:
                  type: array
                  items: { $ref: '#/components/schemas/ServiceOverviewDto' }
            ServiceOverviewDto:
              type: object
              properties:
                id: { type: string, format: uuid }
                serviceDefinitionId: { type: string, format: uuid }
                name: { type: string }
                type: { type: string, enum: [MANAGED, EXTERNAL, WORKFLOW] }
                lifecycle: { type: string, enum: [CREATED, ACCESSIBLE, PUBLISHED, ARCHIVED] }
                createdAt: { type: string, format: date-time, nullable: true }
                logoUrl: { type: string }
                buildStatus: { type: string, enum: [QUEUED, WORKING, SUCCESS, FAILURE] }
                currentUserPermission: { type: string, enum: [VIEWER, MAINTAINER, OWNER] }
        """;

    [Fact]
    public async Task A_springdoc_style_yaml_document_is_compared()
    {
        var (exit, output, error) = await FakeDocument.RunAsync(Yaml, ".yaml");

        exit.Should().Be(1, error);
        output.Should().Contain("(OpenAPI 3.0, 3 operations); 2 matched.")
            .And.Contain("- `ServicesDelete path: parameter names differ (KipuHub /services/{id}, API /services/{serviceId})`")
            .And.Contain("- `ServiceOverview.displayName: only in KipuHub`")
            .And.Contain("- `ServiceLifecycle value ARCHIVED: only in the API`")
            .And.Contain("- `POST /services/{serviceId}/archive: only in the API`")
            .And.Contain("- `ServicesGet: only in KipuHub`")
            .And.NotContain("ServicesList result", "Spring's page (content, totalElements, number) is a page")
            .And.NotContain("ServicesList query", "page, size, sort and lifecycle are declared as KipuHub sends them")
            .And.NotContain("ServiceOverview.createdAt", "a nullable date-time is a date-time")
            .And.NotContain("ServiceOverview.id", "a uuid is a string");
    }
}
