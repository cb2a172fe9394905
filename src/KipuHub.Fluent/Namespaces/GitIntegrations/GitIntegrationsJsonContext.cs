using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the git_integrations namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<GitIntegration>))]
[JsonSerializable(typeof(GitIntegration))]
[JsonSerializable(typeof(CreateGitIntegrationRequest))]
[JsonSerializable(typeof(PageEnvelope<GitRepository>))]
[JsonSerializable(typeof(GitRepository))]
internal sealed partial class GitIntegrationsJsonContext : JsonSerializerContext;
