using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the service_jobs namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<JobOverview>))]
[JsonSerializable(typeof(IReadOnlyList<JobOverview>))]
[JsonSerializable(typeof(JobOverview))]
[JsonSerializable(typeof(Job))]
[JsonSerializable(typeof(CreateJobRequest))]
[JsonSerializable(typeof(DataPoolRef))]
[JsonSerializable(typeof(ServiceDefinitionOverview))]
[JsonSerializable(typeof(ProductUsage))]
[JsonSerializable(typeof(IReadOnlyList<ProductUsage>))]
internal sealed partial class ServiceJobsJsonContext : JsonSerializerContext;
