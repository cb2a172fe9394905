using System.Text.Json;
using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the services namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<ServiceOverview>))]
[JsonSerializable(typeof(ServiceOverview))]
[JsonSerializable(typeof(Service))]
[JsonSerializable(typeof(ServiceDefinition))]
[JsonSerializable(typeof(IReadOnlyList<ServiceDefinition>))]
[JsonSerializable(typeof(UpdateVersionRequest))]
[JsonSerializable(typeof(ServiceDefinitionCommand))]
[JsonSerializable(typeof(BuildJob))]
[JsonSerializable(typeof(IReadOnlyList<Subscription>))]
internal sealed partial class ServicesJsonContext : JsonSerializerContext;

/// <summary>
/// The context the client reads services with: <see cref="ServicesJsonContext"/>'s metadata plus the hand-written
/// readers, <see cref="ServiceOverviewReader"/> for the page items and <see cref="ServiceReaders"/> for a service and
/// its versions. A second instance, so that writing keeps the generated code untouched.
/// </summary>
internal static class ServicesJsonReading
{
    public static ServicesJsonContext Context { get; } = Create();

    private static ServicesJsonContext Create()
    {
        var options = new JsonSerializerOptions(ServicesJsonContext.Default.Options);
        options.Converters.Add(new ServiceOverviewReader());
        foreach (var converter in ServiceReaders.Converters)
        {
            options.Converters.Add(converter);
        }
        return new(options);
    }
}
