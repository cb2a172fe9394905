namespace KipuHub.Fluent.Tests.Models;

/// <summary>
/// The ids and secrets the golden documents (tests/Golden, see <see cref="KipuHub.Tests.Shared.GoldenFiles"/>) hold,
/// for tests that assert on them. The documents are written by hand from docs/contract.md#wire-models and #enums, with
/// realistic values; they are not generated from the C# models, on purpose.
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
}
