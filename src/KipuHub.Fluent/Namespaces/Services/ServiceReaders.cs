using System.Text.Json;
using System.Text.Json.Serialization;
using KipuHub.Models;
using static KipuHub.Serialization.WireReader;

namespace KipuHub.Serialization;

/// <summary>
/// Reads a <see cref="Service"/> (what GetAsync returns) and everything inside it, by hand. The source generator's
/// path for records with init-only properties collects each object's values into an <c>object[]</c>, boxing every
/// struct, and resolves nested objects through a stack of frames; for one service that cost 1.34× the time and 1.19×
/// the memory of plain classes (benchmarks/results/JsonContractBenchmarks.md). Nested values are read here with
/// direct calls, not through <see cref="JsonSerializer"/> (which starts a new read state per value and allocated
/// more). Every member is read with the converter the generated metadata uses, missing members stay at default(T)
/// as in the generated path, and unknown members are skipped. Tests read every golden document and every generated
/// property both ways and compare (tests/KipuHub.Fluent.Tests/Performance/ServiceReadersTests.cs).
/// </summary>
internal static class ServiceReaders
{
    /// <summary>The converters, for the options the client reads with (<see cref="ServicesJsonReading"/>).</summary>
    public static IEnumerable<JsonConverter> Converters =>
    [
        new WireReaderConverter<Service>(ReadService, ServicesJsonContext.Default.Service),
        new WireReaderConverter<ServiceDefinition>(ReadServiceDefinition, ServicesJsonContext.Default.ServiceDefinition),
        new WireReaderConverter<PricingPlan>(ReadPricingPlan, ServicesJsonContext.Default.PricingPlan),
        new WireReaderConverter<Product>(ReadProduct, ServicesJsonContext.Default.Product),
        new WireReaderConverter<TaxonomyElement>(ReadTaxonomyElement, ServicesJsonContext.Default.TaxonomyElement),
        new WireReaderConverter<ResourceConfiguration>(ReadResourceConfiguration, ServicesJsonContext.Default.ResourceConfiguration),
        new WireReaderConverter<RuntimeConfiguration>(ReadRuntimeConfiguration, ServicesJsonContext.Default.RuntimeConfiguration),
        new WireReaderConverter<ServiceSource>(ReadServiceSource, ServicesJsonContext.Default.ServiceSource),
    ];

    // Each reader: exact, case-sensitive camelCase names, as the generated metadata matches them, compared as plain
    // spans (WireReader.NameOf); the checks follow the order the server writes the members in, so the usual member
    // matches early.

    public static Service? ReadService(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (IsNullObject(ref reader))
        {
            return null;
        }
        string? id = null, name = null;
        List<ServiceDefinition>? definitions = null;
        PermissionRole? permission = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = NameOf(ref reader);
            if (member.SequenceEqual("id"u8)) id = ReadString(ref reader, options);
            else if (member.SequenceEqual("name"u8)) name = ReadString(ref reader, options);
            else if (member.SequenceEqual("serviceDefinitions"u8)) definitions = ReadList(ref reader, options, ReadServiceDefinition);
            else if (member.SequenceEqual("currentUserPermission"u8)) permission = ReadEnum<PermissionRole>(ref reader, options);
            else SkipValue(ref reader);
        }
        return new Service { Id = id!, Name = name, ServiceDefinitions = definitions, CurrentUserPermission = permission };
    }

    public static ServiceDefinition? ReadServiceDefinition(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (IsNullObject(ref reader))
        {
            return null;
        }
        string? id = null, version = null, name = null, context = null, description = null, productionEndpoint = null, gatewayEndpoint = null;
        string? logoUrl = null, createdBy = null, modifiedBy = null, processDefinitionId = null, workflowModel = null;
        ServiceType? type = null;
        ServiceLifecycle? lifecycle = null;
        DateTimeOffset? createdAt = null, modifiedAt = null;
        List<PricingPlan>? pricingPlans = null;
        List<TaxonomyElement>? industries = null;
        List<ResourceConfiguration>? configurations = null;
        RuntimeConfiguration? runtime = null;
        ServiceSource? source = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = NameOf(ref reader);
            if (member.SequenceEqual("id"u8)) id = ReadString(ref reader, options);
            else if (member.SequenceEqual("version"u8)) version = ReadString(ref reader, options);
            else if (member.SequenceEqual("name"u8)) name = ReadString(ref reader, options);
            else if (member.SequenceEqual("context"u8)) context = ReadString(ref reader, options);
            else if (member.SequenceEqual("description"u8)) description = ReadString(ref reader, options);
            else if (member.SequenceEqual("productionEndpoint"u8)) productionEndpoint = ReadString(ref reader, options);
            else if (member.SequenceEqual("gatewayEndpoint"u8)) gatewayEndpoint = ReadString(ref reader, options);
            else if (member.SequenceEqual("type"u8)) type = ReadEnum<ServiceType>(ref reader, options);
            else if (member.SequenceEqual("pricingPlans"u8)) pricingPlans = ReadList(ref reader, options, ReadPricingPlan);
            else if (member.SequenceEqual("lifecycle"u8)) lifecycle = ReadEnum<ServiceLifecycle>(ref reader, options);
            else if (member.SequenceEqual("industries"u8)) industries = ReadList(ref reader, options, ReadTaxonomyElement);
            else if (member.SequenceEqual("logoUrl"u8)) logoUrl = ReadString(ref reader, options);
            else if (member.SequenceEqual("createdAt"u8)) createdAt = ReadTime(ref reader, options);
            else if (member.SequenceEqual("modifiedAt"u8)) modifiedAt = ReadTime(ref reader, options);
            else if (member.SequenceEqual("createdBy"u8)) createdBy = ReadString(ref reader, options);
            else if (member.SequenceEqual("modifiedBy"u8)) modifiedBy = ReadString(ref reader, options);
            else if (member.SequenceEqual("configurations"u8)) configurations = ReadList(ref reader, options, ReadResourceConfiguration);
            else if (member.SequenceEqual("runtimeConfiguration"u8)) runtime = Nested(ref reader, options, ReadRuntimeConfiguration);
            else if (member.SequenceEqual("source"u8)) source = Nested(ref reader, options, ReadServiceSource);
            else if (member.SequenceEqual("processDefinitionId"u8)) processDefinitionId = ReadString(ref reader, options);
            else if (member.SequenceEqual("workflowModel"u8)) workflowModel = ReadString(ref reader, options);
            else SkipValue(ref reader);
        }
        return new ServiceDefinition
        {
            Id = id!,
            Version = version,
            Name = name,
            Context = context,
            Description = description,
            ProductionEndpoint = productionEndpoint,
            GatewayEndpoint = gatewayEndpoint,
            Type = type,
            PricingPlans = pricingPlans,
            Lifecycle = lifecycle,
            Industries = industries,
            LogoUrl = logoUrl,
            CreatedAt = createdAt,
            ModifiedAt = modifiedAt,
            CreatedBy = createdBy,
            ModifiedBy = modifiedBy,
            Configurations = configurations,
            RuntimeConfiguration = runtime,
            Source = source,
            ProcessDefinitionId = processDefinitionId,
            WorkflowModel = workflowModel,
        };
    }

    public static PricingPlan? ReadPricingPlan(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (IsNullObject(ref reader))
        {
            return null;
        }
        string? id = null;
        PricingPlanType? type = null;
        List<Product>? products = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = NameOf(ref reader);
            if (member.SequenceEqual("id"u8)) id = ReadString(ref reader, options);
            else if (member.SequenceEqual("type"u8)) type = ReadEnum<PricingPlanType>(ref reader, options);
            else if (member.SequenceEqual("products"u8)) products = ReadList(ref reader, options, ReadProduct);
            else SkipValue(ref reader);
        }
        return new PricingPlan { Id = id!, Type = type, Products = products };
    }

    public static Product? ReadProduct(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (IsNullObject(ref reader))
        {
            return null;
        }
        string? id = null, name = null, unitLabel = null, currency = null;
        decimal? amount = null;
        ProductType? type = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = NameOf(ref reader);
            if (member.SequenceEqual("id"u8)) id = ReadString(ref reader, options);
            else if (member.SequenceEqual("name"u8)) name = ReadString(ref reader, options);
            else if (member.SequenceEqual("unitLabel"u8)) unitLabel = ReadString(ref reader, options);
            else if (member.SequenceEqual("amountMajor"u8)) amount = ReadDecimal(ref reader, options);
            else if (member.SequenceEqual("currency"u8)) currency = ReadString(ref reader, options);
            else if (member.SequenceEqual("type"u8)) type = ReadEnum<ProductType>(ref reader, options);
            else SkipValue(ref reader);
        }
        return new Product { Id = id!, Name = name, UnitLabel = unitLabel, AmountMajor = amount, Currency = currency, Type = type };
    }

    public static TaxonomyElement? ReadTaxonomyElement(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (IsNullObject(ref reader))
        {
            return null;
        }
        string? uuid = null, label = null;
        List<TaxonomyElement>? children = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = NameOf(ref reader);
            if (member.SequenceEqual("uuid"u8)) uuid = ReadString(ref reader, options);
            else if (member.SequenceEqual("label"u8)) label = ReadString(ref reader, options);
            else if (member.SequenceEqual("children"u8)) children = ReadList(ref reader, options, ReadTaxonomyElement);
            else SkipValue(ref reader);
        }
        return new TaxonomyElement { Uuid = uuid, Label = label, Children = children };
    }

    public static ResourceConfiguration? ReadResourceConfiguration(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (IsNullObject(ref reader))
        {
            return null;
        }
        string? type = null, unit = null;
        decimal? amount = null;
        GpuAccelerator? accelerator = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = NameOf(ref reader);
            if (member.SequenceEqual("type"u8)) type = ReadString(ref reader, options);
            else if (member.SequenceEqual("amount"u8)) amount = ReadDecimal(ref reader, options);
            else if (member.SequenceEqual("unit"u8)) unit = ReadString(ref reader, options);
            else if (member.SequenceEqual("accelerator"u8)) accelerator = ReadEnum<GpuAccelerator>(ref reader, options);
            else SkipValue(ref reader);
        }
        return new ResourceConfiguration { Type = type, Amount = amount, Unit = unit, Accelerator = accelerator };
    }

    public static RuntimeConfiguration? ReadRuntimeConfiguration(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (IsNullObject(ref reader))
        {
            return null;
        }
        ServiceRuntime? runtime = null;
        Dictionary<string, string>? environment = null;
        bool? applyProviderTokens = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = NameOf(ref reader);
            if (member.SequenceEqual("runtime"u8)) runtime = ReadEnum<ServiceRuntime>(ref reader, options);
            else if (member.SequenceEqual("environment"u8)) environment = ReadStringMap(ref reader, options);
            else if (member.SequenceEqual("applyProviderTokens"u8)) applyProviderTokens = ReadBool(ref reader, options);
            else SkipValue(ref reader);
        }
        return new RuntimeConfiguration { Runtime = runtime, Environment = environment, ApplyProviderTokens = applyProviderTokens };
    }

    public static ServiceSource? ReadServiceSource(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (IsNullObject(ref reader))
        {
            return null;
        }
        string? type = null, image = null, tag = null, username = null, password = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = NameOf(ref reader);
            if (member.SequenceEqual("type"u8)) type = ReadString(ref reader, options);
            else if (member.SequenceEqual("image"u8)) image = ReadString(ref reader, options);
            else if (member.SequenceEqual("tag"u8)) tag = ReadString(ref reader, options);
            else if (member.SequenceEqual("username"u8)) username = ReadString(ref reader, options);
            else if (member.SequenceEqual("password"u8)) password = ReadString(ref reader, options);
            else SkipValue(ref reader);
        }
        return new ServiceSource { Type = type, Image = image, Tag = tag, Username = username, Password = password };
    }

    /// <summary>Moves to a member's value and reads it as a nested object.</summary>
    private static T? Nested<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, ValueReader<T> read)
    {
        reader.Read();
        return read(ref reader, options);
    }
}
