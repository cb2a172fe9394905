using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>
/// Golden wire documents, written by hand from docs/contract.md#wire-models (field lists, exact camelCase wire names)
/// and §4 (enum values), with realistic values. Not generated from the C# models, on purpose.
/// </summary>
internal static class GoldenDocuments
{
    // Ids used across the documents.
    public const string UserId = "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90";
    public const string OrganizationId = "3c59dc04-8e4b-4d1f-b6a2-7e9f0a1c2d3e";
    public const string ServiceId = "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60";
    public const string ServiceDefinitionId = "e4da3b7f-bbce-4345-9777-2b0c7d3e1a55";
    public const string WorkflowServiceDefinitionId = "b6d767d2-f8ed-4d21-a44d-6f3e2c1b0a98";
    public const string PricingPlanId = "1679091c-5a88-4faf-8fb2-9e8d7c6b5a41";
    public const string FreePricingPlanId = "02e74f10-e032-4b8f-9c7d-6e5f4a3b2c1d";
    public const string ApiProductId = "8e296a06-7a5e-4f3a-9c1d-0b2a3c4d5e6f";
    public const string IonqProductId = "45c48cce-2e2d-4fbd-a1b2-c3d4e5f6a7b8";
    public const string FinanceTaxonomyId = "c9f0f895-fb98-4b91-a4e2-0d1c2b3a4f5e";
    public const string PortfolioTaxonomyId = "d3d94468-02a4-4d3e-8f1a-2b3c4d5e6f70";
    public const string ChemistryTaxonomyId = "642e92ef-b794-4173-8c2a-3d4e5f60718a";
    public const string ApiId = "6512bd43-d9ca-4a6b-9e3d-1f2a3b4c5d6e";
    public const string ApplicationId = "c20ad4d7-6fe9-4759-aa27-a0c99bff6710";
    public const string AccessTokenId = "c51ce410-c124-4a10-9e0f-1b2c3d4e5f61";
    public const string SubscriptionId = "aab32389-22bc-4c61-8f4e-5d6c7b8a9f02";
    public const string ExecutionId = "9bf31c7f-f062-436a-96d3-c8bd1f8f2ff3";
    public const string DataPoolId = "c74d97b0-1eae-457e-83b6-2e1f3d4c5b6a";
    public const string DataPoolFileId = "70efdf2e-c9b0-4a3e-9f8d-7c6b5a4d3e2f";

    // Secrets: tests assert these never appear in ToString().
    public const string RegistryPassword = "ghp-registry-Pa55w0rd-9f8e7d";
    public const string AccessTokenValue = "kqh_at_6f1e2d3c4b5a69788796a5b4c3d2e1f0";
    public const string AccessTokenToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3J0Zm9saW8tZGFzaGJvYXJkIn0.c2lnbmF0dXJl";
    public const string PersonalAccessToken = "kqh_pat_0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    // §3.1 ServiceOverviewDto (+ displayName from Gen C).
    public const string ServiceOverview = """
        {
          "id": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60",
          "serviceDefinitionId": "e4da3b7f-bbce-4345-9777-2b0c7d3e1a55",
          "name": "qaoa-portfolio-optimizer",
          "displayName": "QAOA Portfolio Optimizer",
          "type": "MANAGED",
          "lifecycle": "ACCESSIBLE",
          "createdAt": "2024-02-21T09:30:15.123Z",
          "logoUrl": "https://hub.kipu-quantum.com/assets/logos/qaoa-portfolio-optimizer.png",
          "buildStatus": "SUCCESS",
          "currentUserPermission": "OWNER"
        }
        """;

    // §3.1 ServiceDto.
    public const string Service = """
        {
          "currentUserPermission": "MAINTAINER",
          "id": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60",
          "name": "qaoa-portfolio-optimizer",
          "serviceDefinitions": [
            {
              "id": "e4da3b7f-bbce-4345-9777-2b0c7d3e1a55",
              "version": "1.0.0",
              "name": "qaoa-portfolio-optimizer",
              "type": "MANAGED",
              "lifecycle": "CREATED",
              "createdAt": "2024-02-21T09:30:15.123Z"
            }
          ]
        }
        """;

    // §3.1 ServiceDefinitionDto of a managed service: configurations (§3.3), runtimeConfiguration, RegistrySource.
    public const string ManagedServiceDefinition = """
        {
          "id": "e4da3b7f-bbce-4345-9777-2b0c7d3e1a55",
          "version": "1.0.0",
          "name": "qaoa-portfolio-optimizer",
          "context": "/kipu-demo-org/qaoa-portfolio-optimizer",
          "description": "Optimises a stock portfolio with the Quantum Approximate Optimization Algorithm.",
          "productionEndpoint": "http://qaoa-portfolio-optimizer.services.svc.cluster.local:8081",
          "gatewayEndpoint": "https://gateway.hub.kipu-quantum.com/kipu-demo-org/qaoa-portfolio-optimizer/1.0.0",
          "type": "MANAGED",
          "pricingPlans": [
            {
              "id": "1679091c-5a88-4faf-8fb2-9e8d7c6b5a41",
              "type": "COMMERCIAL",
              "products": [
                {
                  "id": "8e296a06-7a5e-4f3a-9c1d-0b2a3c4d5e6f",
                  "name": "API call",
                  "unitLabel": "call",
                  "amountMajor": 0.05,
                  "currency": "EUR",
                  "type": "API"
                }
              ]
            }
          ],
          "lifecycle": "PUBLISHED",
          "industries": [
            { "uuid": "c9f0f895-fb98-4b91-a4e2-0d1c2b3a4f5e", "label": "Finance", "children": [] }
          ],
          "logoUrl": "https://hub.kipu-quantum.com/assets/logos/qaoa-portfolio-optimizer.png",
          "createdAt": "2024-02-21T09:30:15.123Z",
          "modifiedAt": "2024-03-04T16:02:48.5+01:00",
          "createdBy": "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90",
          "modifiedBy": "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90",
          "configurations": [
            { "type": "CpuConfiguration", "amount": 500, "unit": "m" },
            { "type": "MemoryConfiguration", "amount": 2048, "unit": "MB" },
            { "type": "GpuConfiguration", "amount": 1, "accelerator": "NVIDIA_TESLA_T4" }
          ],
          "runtimeConfiguration": {
            "runtime": "DOCKER",
            "environment": { "LOG_LEVEL": "INFO", "MaxIterations": "200" },
            "applyProviderTokens": true
          },
          "source": {
            "type": "RegistrySource",
            "image": "ghcr.io/kipu-demo/qaoa-portfolio-optimizer",
            "tag": "1.0.0",
            "username": "kipu-ci",
            "password": "ghp-registry-Pa55w0rd-9f8e7d"
          }
        }
        """;

    // §3.1 ServiceDefinitionDto of a workflow service: processDefinitionId, workflowModel (BPMN), FileSource.
    public const string WorkflowServiceDefinition = """
        {
          "id": "b6d767d2-f8ed-4d21-a44d-6f3e2c1b0a98",
          "version": "1.0.0",
          "name": "ground-state-workflow",
          "context": "/kipu-demo-org/ground-state-workflow",
          "description": "Runs VQE on every molecule of a data pool.",
          "gatewayEndpoint": "https://gateway.hub.kipu-quantum.com/kipu-demo-org/ground-state-workflow/1.0.0",
          "type": "WORKFLOW",
          "pricingPlans": [],
          "lifecycle": "CREATED",
          "industries": [],
          "createdAt": "2024-04-02T07:45:00Z",
          "modifiedAt": "2024-04-02T07:45:00Z",
          "createdBy": "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90",
          "modifiedBy": "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90",
          "source": { "type": "FileSource" },
          "processDefinitionId": "ground-state-workflow:3:5f2b9c1e-0d4a-11ef-9a3b-0242ac120002",
          "workflowModel": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"Definitions_1\"><bpmn:process id=\"ground-state-workflow\" isExecutable=\"true\"/></bpmn:definitions>"
        }
        """;

    // §3.3 CpuConfiguration / MemoryConfiguration / GpuConfiguration.
    public const string CpuConfiguration = """{ "type": "CpuConfiguration", "amount": 1500, "unit": "m" }""";
    public const string MemoryConfiguration = """{ "type": "MemoryConfiguration", "amount": 4096, "unit": "MB" }""";
    public const string GpuConfiguration = """{ "type": "GpuConfiguration", "amount": 2, "accelerator": "NVIDIA_TESLA_V100" }""";

    // §3.1 RuntimeConfiguration. Environment keys are not camel-cased: they are data, not property names.
    public const string RuntimeConfiguration = """
        {
          "runtime": "PYTHON_TEMPLATE",
          "environment": { "LOG_LEVEL": "DEBUG", "MaxIterations": "500", "shots": "1024" },
          "applyProviderTokens": false
        }
        """;

    // §3.1 ServiceSource: RegistrySource and FileSource.
    public const string RegistrySource = """
        {
          "type": "RegistrySource",
          "image": "ghcr.io/kipu-demo/qaoa-portfolio-optimizer",
          "tag": "1.1.0",
          "username": "kipu-ci",
          "password": "ghp-registry-Pa55w0rd-9f8e7d"
        }
        """;

    public const string FileSource = """{ "type": "FileSource" }""";

    // §3.1 UpdateVersionRequest.
    public const string UpdateVersionRequest = """
        {
          "description": "Now with warm-start QAOA.",
          "industryUuids": ["c9f0f895-fb98-4b91-a4e2-0d1c2b3a4f5e", "d3d94468-02a4-4d3e-8f1a-2b3c4d5e6f70"],
          "source": {
            "type": "RegistrySource",
            "image": "ghcr.io/kipu-demo/qaoa-portfolio-optimizer",
            "tag": "1.1.0",
            "username": "kipu-ci",
            "password": "ghp-registry-Pa55w0rd-9f8e7d"
          }
        }
        """;

    // §3.1 ServiceDefinitionCommand.
    public const string ServiceDefinitionCommand = """{ "type": "UNPUBLISH_FORCE" }""";

    // §3.1 BuildJobDto with its validationResult.
    public const string BuildJob = """
        {
          "status": "FAILURE",
          "step": "BUILD_IMAGE",
          "createdAt": "2024-02-21T09:31:02.417Z",
          "finishedAt": "2024-02-21T09:33:47.902Z",
          "validationResult": {
            "state": "ERROR",
            "summary": "The container image could not be built.",
            "messages": [
              "requirements.txt: no matching distribution found for qiskit==9.9.9",
              "Dockerfile: step 4/7 RUN pip install -r requirements.txt failed"
            ]
          }
        }
        """;

    // §3.1 validationResult { state, summary, messages }.
    public const string ValidationResult = """
        {
          "state": "WARNING",
          "summary": "The service was built with warnings.",
          "messages": ["openapi.yaml: operation GET /{id}/result declares no response schema"]
        }
        """;

    // §3.6 ApiOverviewDto: note `type`.
    public const string ApiOverview = """
        {
          "id": "6512bd43-d9ca-4a6b-9e3d-1f2a3b4c5d6e",
          "serviceId": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60",
          "name": "QAOA Portfolio Optimizer",
          "provider": "Kipu Demo Org",
          "type": "MANAGED",
          "lifecycle": "PUBLISHED",
          "industries": [
            {
              "uuid": "c9f0f895-fb98-4b91-a4e2-0d1c2b3a4f5e",
              "label": "Finance",
              "children": [
                { "uuid": "d3d94468-02a4-4d3e-8f1a-2b3c4d5e6f70", "label": "Portfolio Optimization", "children": [] }
              ]
            }
          ],
          "pricingCategory": "FREEMIUM",
          "rating": 4.5,
          "logoUrl": "https://hub.kipu-quantum.com/assets/logos/qaoa-portfolio-optimizer.png",
          "isFeatured": true
        }
        """;

    // §3.6 ApiDto: note `serviceType`, not `type`.
    public const string Api = """
        {
          "id": "6512bd43-d9ca-4a6b-9e3d-1f2a3b4c5d6e",
          "serviceId": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60",
          "name": "QAOA Portfolio Optimizer",
          "context": "/kipu-demo-org/qaoa-portfolio-optimizer",
          "version": "1.0.0",
          "description": "Optimises a stock portfolio with the Quantum Approximate Optimization Algorithm.",
          "gatewayEndpoint": "https://gateway.hub.kipu-quantum.com/kipu-demo-org/qaoa-portfolio-optimizer/1.0.0",
          "pricingPlans": [
            {
              "id": "02e74f10-e032-4b8f-9c7d-6e5f4a3b2c1d",
              "type": "FREE",
              "products": []
            },
            {
              "id": "1679091c-5a88-4faf-8fb2-9e8d7c6b5a41",
              "type": "COMMERCIAL",
              "products": [
                {
                  "id": "8e296a06-7a5e-4f3a-9c1d-0b2a3c4d5e6f",
                  "name": "API call",
                  "unitLabel": "call",
                  "amountMajor": 0.05,
                  "currency": "EUR",
                  "type": "API"
                }
              ]
            }
          ],
          "pricingCategory": "FREEMIUM",
          "industries": [
            { "uuid": "c9f0f895-fb98-4b91-a4e2-0d1c2b3a4f5e", "label": "Finance", "children": [] }
          ],
          "provider": "Kipu Demo Org",
          "lifecycle": "PUBLISHED",
          "serviceType": "EXTERNAL",
          "rating": 3.8,
          "isFeatured": false
        }
        """;

    // §3.4 ApplicationDto.
    public const string Application = """
        {
          "currentUserPermission": "OWNER",
          "id": "c20ad4d7-6fe9-4759-aa27-a0c99bff6710",
          "name": "portfolio-dashboard",
          "subscriptionCount": 2,
          "createdAt": "2024-03-01T07:59:12.004Z"
        }
        """;

    // §3.4 CreateApplicationRequest.
    public const string CreateApplicationRequest = """{ "name": "portfolio-dashboard" }""";

    // §3.4 AccessTokenDto: both `value` and `token` carry secrets.
    public const string AccessToken = """
        {
          "id": "c51ce410-c124-4a10-9e0f-1b2c3d4e5f61",
          "name": "portfolio-dashboard",
          "scopes": ["API", "QUANTUM_TOKENS"],
          "createdAt": "2024-03-01T08:00:00Z",
          "usedAt": "2024-03-05T14:22:10.5Z",
          "expiresAt": "2025-03-01T08:00:00Z",
          "value": "kqh_at_6f1e2d3c4b5a69788796a5b4c3d2e1f0",
          "token": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3J0Zm9saW8tZGFzaGJvYXJkIn0.c2lnbmF0dXJl"
        }
        """;

    // §3.5 SubscriptionDto: application (ApplicationDto), api (ApiDto), pricingPlan (PricingPlanDto).
    public const string Subscription = """
        {
          "id": "aab32389-22bc-4c61-8f4e-5d6c7b8a9f02",
          "application": {
            "currentUserPermission": "OWNER",
            "id": "c20ad4d7-6fe9-4759-aa27-a0c99bff6710",
            "name": "portfolio-dashboard",
            "subscriptionCount": 2,
            "createdAt": "2024-03-01T07:59:12.004Z"
          },
          "api": {
            "id": "6512bd43-d9ca-4a6b-9e3d-1f2a3b4c5d6e",
            "serviceId": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60",
            "name": "QAOA Portfolio Optimizer",
            "gatewayEndpoint": "https://gateway.hub.kipu-quantum.com/kipu-demo-org/qaoa-portfolio-optimizer/1.0.0",
            "lifecycle": "ACCESSIBLE",
            "serviceType": "MANAGED"
          },
          "pricingPlan": {
            "id": "02e74f10-e032-4b8f-9c7d-6e5f4a3b2c1d",
            "type": "FREE",
            "products": []
          },
          "logsAvailable": true
        }
        """;

    // §3.5 CreateSubscriptionRequest (Gen A).
    public const string CreateSubscriptionRequest = """
        {
          "serviceId": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60",
          "applicationId": "c20ad4d7-6fe9-4759-aa27-a0c99bff6710"
        }
        """;

    // §3.7 ServiceExecutionConsumerDto (the provider view is the same without `status`).
    public const string ServiceExecution = """
        {
          "id": "9bf31c7f-f062-436a-96d3-c8bd1f8f2ff3",
          "status": "SUCCEEDED",
          "createdAt": "2024-03-05T14:22:10.512Z",
          "startedAt": "2024-03-05T14:22:11.034Z",
          "endedAt": "2024-03-05T14:23:40.871Z"
        }
        """;

    // §3.8 Gen B DataPoolDto.
    public const string DataPool = """
        {
          "currentUserPermission": "MAINTAINER",
          "id": "c74d97b0-1eae-457e-83b6-2e1f3d4c5b6a",
          "name": "molecule-geometries",
          "shortDescription": "Equilibrium geometries of small molecules.",
          "description": "XYZ files of H2, LiH, BeH2 and H2O in the STO-3G basis, for VQE benchmarks.",
          "createdAt": "2025-06-12T11:04:55.318Z"
        }
        """;

    // §2.9 Gen B POST /datapools body.
    public const string CreateDataPoolRequest = """{ "name": "molecule-geometries" }""";

    // §2.9 Gen B PUT /datapools/{id} body.
    public const string UpdateDataPoolRequest = """
        {
          "name": "molecule-geometries-v2",
          "shortDescription": "Equilibrium and stretched geometries of small molecules.",
          "description": "Adds stretched bond lengths for dissociation curves."
        }
        """;

    // §3.8 Gen B DataPoolFileDto; contentLength above int.MaxValue (integer on the wire, 64-bit).
    public const string DataPoolFile = """
        {
          "id": "70efdf2e-c9b0-4a3e-9f8d-7c6b5a4d3e2f",
          "dataPoolId": "c74d97b0-1eae-457e-83b6-2e1f3d4c5b6a",
          "name": "lih-dissociation.parquet",
          "fullPath": "curves/lih-dissociation.parquet",
          "contentType": "application/vnd.apache.parquet",
          "contentLength": 5368709120,
          "createdAt": "2025-06-12T11:07:31.902Z"
        }
        """;

    // §1.3 AuthPrincipal { user, accessToken, roles }.
    public const string AuthPrincipal = """
        {
          "user": {
            "id": "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90",
            "username": "ada.lovelace",
            "firstName": "Ada",
            "lastName": "Lovelace",
            "email": "ada.lovelace@example.com"
          },
          "accessToken": "kqh_pat_0a1b2c3d4e5f60718293a4b5c6d7e8f9",
          "roles": ["user", "offline_access"]
        }
        """;

    // §1.3 / §3.9 AuthPrincipal.user.
    public const string HubUser = """
        {
          "id": "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90",
          "username": "ada.lovelace",
          "firstName": "Ada",
          "lastName": "Lovelace",
          "email": "ada.lovelace@example.com"
        }
        """;

    // §1.3 Account from GET /my/accounts: an organization ...
    public const string OrganizationAccount = """
        {
          "id": "3c59dc04-8e4b-4d1f-b6a2-7e9f0a1c2d3e",
          "displayName": "Kipu Demo Org",
          "role": "OWNER",
          "isOrganization": true,
          "accountType": { "name": "ENTERPRISE", "feature": "ORGANIZATION" }
        }
        """;

    // ... and the personal account.
    public const string PersonalAccount = """
        {
          "id": "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90",
          "displayName": "Ada Lovelace",
          "role": "OWNER",
          "isOrganization": false,
          "accountType": { "name": "FREE", "feature": "PERSONAL" }
        }
        """;

    // §1.3 Account.accountType { name, feature }.
    public const string AccountType = """{ "name": "ENTERPRISE", "feature": "ORGANIZATION" }""";

    // §3.11 TaxonomyElement { uuid, label, children }.
    public const string TaxonomyElement = """
        {
          "uuid": "c9f0f895-fb98-4b91-a4e2-0d1c2b3a4f5e",
          "label": "Finance",
          "children": [
            { "uuid": "d3d94468-02a4-4d3e-8f1a-2b3c4d5e6f70", "label": "Portfolio Optimization", "children": [] },
            { "uuid": "642e92ef-b794-4173-8c2a-3d4e5f60718a", "label": "Risk Analysis", "children": [] }
          ]
        }
        """;

    // §3.2 PricingPlanDto.
    public const string PricingPlan = """
        {
          "id": "1679091c-5a88-4faf-8fb2-9e8d7c6b5a41",
          "type": "COMMERCIAL",
          "products": [
            {
              "id": "8e296a06-7a5e-4f3a-9c1d-0b2a3c4d5e6f",
              "name": "API call",
              "unitLabel": "call",
              "amountMajor": 0.05,
              "currency": "EUR",
              "type": "API"
            },
            {
              "id": "45c48cce-2e2d-4fbd-a1b2-c3d4e5f6a7b8",
              "name": "IonQ 1-qubit gate shot",
              "unitLabel": "shot",
              "amountMajor": 0.00003,
              "currency": "USD",
              "type": "IONQ_1_GATE_SHOT"
            }
          ]
        }
        """;

    // §3.2 ProductDto.
    public const string Product = """
        {
          "id": "45c48cce-2e2d-4fbd-a1b2-c3d4e5f6a7b8",
          "name": "IonQ 1-qubit gate shot",
          "unitLabel": "shot",
          "amountMajor": 0.00003,
          "currency": "USD",
          "type": "IONQ_1_GATE_SHOT"
        }
        """;

    /// <summary>Every golden document with the model type it is read as; some types have several (variants of one DTO).</summary>
    public static IReadOnlyDictionary<string, (Type Type, string Json)> All { get; } = new Dictionary<string, (Type, string)>
    {
        [nameof(ServiceOverview)] = (typeof(KipuHub.Models.ServiceOverview), ServiceOverview),
        [nameof(Service)] = (typeof(KipuHub.Models.Service), Service),
        [nameof(ManagedServiceDefinition)] = (typeof(ServiceDefinition), ManagedServiceDefinition),
        [nameof(WorkflowServiceDefinition)] = (typeof(ServiceDefinition), WorkflowServiceDefinition),
        [nameof(CpuConfiguration)] = (typeof(ResourceConfiguration), CpuConfiguration),
        [nameof(MemoryConfiguration)] = (typeof(ResourceConfiguration), MemoryConfiguration),
        [nameof(GpuConfiguration)] = (typeof(ResourceConfiguration), GpuConfiguration),
        [nameof(RuntimeConfiguration)] = (typeof(KipuHub.Models.RuntimeConfiguration), RuntimeConfiguration),
        [nameof(RegistrySource)] = (typeof(ServiceSource), RegistrySource),
        [nameof(FileSource)] = (typeof(ServiceSource), FileSource),
        [nameof(UpdateVersionRequest)] = (typeof(KipuHub.Models.UpdateVersionRequest), UpdateVersionRequest),
        [nameof(ServiceDefinitionCommand)] = (typeof(KipuHub.Models.ServiceDefinitionCommand), ServiceDefinitionCommand),
        [nameof(BuildJob)] = (typeof(KipuHub.Models.BuildJob), BuildJob),
        [nameof(ValidationResult)] = (typeof(KipuHub.Models.ValidationResult), ValidationResult),
        [nameof(ApiOverview)] = (typeof(KipuHub.Models.ApiOverview), ApiOverview),
        [nameof(Api)] = (typeof(KipuHub.Models.Api), Api),
        [nameof(Application)] = (typeof(KipuHub.Models.Application), Application),
        [nameof(CreateApplicationRequest)] = (typeof(KipuHub.Models.CreateApplicationRequest), CreateApplicationRequest),
        [nameof(AccessToken)] = (typeof(KipuHub.Models.AccessToken), AccessToken),
        [nameof(Subscription)] = (typeof(KipuHub.Models.Subscription), Subscription),
        [nameof(CreateSubscriptionRequest)] = (typeof(KipuHub.Models.CreateSubscriptionRequest), CreateSubscriptionRequest),
        [nameof(ServiceExecution)] = (typeof(KipuHub.Models.ServiceExecution), ServiceExecution),
        [nameof(DataPool)] = (typeof(KipuHub.Models.DataPool), DataPool),
        [nameof(CreateDataPoolRequest)] = (typeof(KipuHub.Models.CreateDataPoolRequest), CreateDataPoolRequest),
        [nameof(UpdateDataPoolRequest)] = (typeof(KipuHub.Models.UpdateDataPoolRequest), UpdateDataPoolRequest),
        [nameof(DataPoolFile)] = (typeof(KipuHub.Models.DataPoolFile), DataPoolFile),
        [nameof(AuthPrincipal)] = (typeof(KipuHub.Models.AuthPrincipal), AuthPrincipal),
        [nameof(HubUser)] = (typeof(KipuHub.Models.HubUser), HubUser),
        [nameof(OrganizationAccount)] = (typeof(Account), OrganizationAccount),
        [nameof(PersonalAccount)] = (typeof(Account), PersonalAccount),
        [nameof(AccountType)] = (typeof(KipuHub.Models.AccountType), AccountType),
        [nameof(TaxonomyElement)] = (typeof(KipuHub.Models.TaxonomyElement), TaxonomyElement),
        [nameof(PricingPlan)] = (typeof(KipuHub.Models.PricingPlan), PricingPlan),
        [nameof(Product)] = (typeof(KipuHub.Models.Product), Product),
    };
}
