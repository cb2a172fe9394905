using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Source-generated JSON metadata for every wire type: camelCase, nulls omitted, unknown properties ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = false)]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(PageEnvelope<ServiceOverview>))]
[JsonSerializable(typeof(ServiceOverview))]
[JsonSerializable(typeof(Service))]
[JsonSerializable(typeof(ServiceDefinition))]
[JsonSerializable(typeof(IReadOnlyList<ServiceDefinition>))]
[JsonSerializable(typeof(UpdateVersionRequest))]
[JsonSerializable(typeof(ServiceDefinitionCommand))]
[JsonSerializable(typeof(BuildJob))]
[JsonSerializable(typeof(ApiOverview))]
[JsonSerializable(typeof(IReadOnlyList<ApiOverview>))]
[JsonSerializable(typeof(Api))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(IReadOnlyList<Application>))]
[JsonSerializable(typeof(CreateApplicationRequest))]
[JsonSerializable(typeof(AccessToken))]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(IReadOnlyList<Subscription>))]
[JsonSerializable(typeof(CreateSubscriptionRequest))]
[JsonSerializable(typeof(ServiceExecution))]
[JsonSerializable(typeof(IReadOnlyList<ServiceExecution>))]
[JsonSerializable(typeof(DataPool))]
[JsonSerializable(typeof(IReadOnlyList<DataPool>))]
[JsonSerializable(typeof(CreateDataPoolRequest))]
[JsonSerializable(typeof(UpdateDataPoolRequest))]
[JsonSerializable(typeof(DataPoolFile))]
[JsonSerializable(typeof(IReadOnlyList<DataPoolFile>))]
[JsonSerializable(typeof(AuthPrincipal))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(IReadOnlyList<Account>))]
internal sealed partial class HubJsonContext : JsonSerializerContext;

/// <summary>
/// The context the client reads services with: <see cref="HubJsonContext"/>'s metadata, plus the hand-written
/// readers: <see cref="ServiceOverviewReader"/> for the page items, <see cref="ServiceReaders"/> for a service and its
/// versions. A separate context, so that writing (and the fake server, which shares <see cref="HubJsonContext.Default"/>)
/// keeps the generated code untouched.
/// </summary>
internal static class HubJsonReading
{
    public static HubJsonContext Context { get; } = Create();

    private static HubJsonContext Create()
    {
        var options = new System.Text.Json.JsonSerializerOptions(HubJsonContext.Default.Options);
        options.Converters.Add(new ServiceOverviewReader());
        foreach (var converter in ServiceReaders.Converters)
        {
            options.Converters.Add(converter);
        }
        return new(options);
    }
}
