using System.Reflection;
using System.Text.Json;
using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>
/// The open enums (docs/contract.md#enums: UPPER_SNAKE strings, unknown values kept):
/// known values round-trip as plain strings, unknown values are kept, non-strings fail clearly.
/// </summary>
public class OpenEnumJsonTests
{
    private const string UnknownValue = "ARCHIVED";

    /// <summary>docs/contract.md#enums, copied by hand.</summary>
    private static readonly Dictionary<Type, string[]> s_referenceValues = new()
    {
        [typeof(ServiceLifecycle)] = ["CREATED", "ACCESSIBLE", "PUBLISHED"],
        [typeof(ServiceType)] = ["MANAGED", "EXTERNAL", "WORKFLOW"],
        [typeof(BuildStatus)] = ["WORKING", "SUCCESS", "FAILURE", "QUEUED"],
        [typeof(BuildStep)] = ["INIT", "BUILD_IMAGE", "PUSH_IMAGE", "UNKNOWN"],
        [typeof(ValidationState)] = ["SUCCESS", "WARNING", "ERROR"],
        [typeof(ExecutionStatus)] = ["UNKNOWN", "PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"],
        [typeof(PermissionRole)] = ["VIEWER", "MAINTAINER", "OWNER"],
        [typeof(PricingPlanType)] = ["FREE", "COMMERCIAL"],
        [typeof(PricingCategory)] = ["FREE", "FREEMIUM", "COMMERCIAL"],
        [typeof(ProductType)] =
        [
            "API", "CPU", "MEMORY", "IONQ_1_GATE_SHOT", "IONQ_2_GATE_SHOT", "AWS_SV1", "AWS_DM1", "AWS_TN1", "AWS_QUANTUM_TASK",
            "AWS_IONQ_HARMONY", "AWS_IONQ_ARIA", "AWS_OQC_LUCY", "AWS_RIGETTI_ASPENM", "CUSTOM", "GPU_NVIDIA_T4", "GPU_NVIDIA_V100",
        ],
        [typeof(ServiceRuntime)] = ["DOCKER", "PYTHON_TEMPLATE"],
        [typeof(GpuAccelerator)] = ["NVIDIA_TESLA_T4", "NVIDIA_TESLA_V100", "NVIDIA_TESLA_A100", "NVIDIA_TESLA_P100", "NONE"],
        [typeof(ServiceCommandType)] = ["UNPUBLISH", "UNPUBLISH_FORCE"],
        [typeof(AccessTokenScope)] = ["API", "QUANTUM_TOKENS"],
        [typeof(GitProvider)] = ["GITHUB", "GITLAB"],
        [typeof(SharePrincipalType)] = ["USER", "ORGANIZATION"],
        [typeof(DataPoolPermission)] = ["READ", "WRITE"],
        [typeof(AlgorithmVisibility)] = ["PRIVATE", "PUBLIC"],
        [typeof(AlgorithmRelationType)] = ["USES", "VARIANT_OF", "GENERALIZES", "SPECIALIZES"],
        [typeof(AccountPlan)] = ["BASIC", "PRO", "BUSINESS"],
        [typeof(InvitationState)] = ["PENDING", "ACCEPTED", "DECLINED"],
        [typeof(QuantumProvider)] = ["IBM", "IONQ", "AWS", "AZURE", "GOOGLE", "QUANTINUUM"],
        [typeof(UsageSourceKind)] = ["SERVICE_JOB", "SERVICE_EXECUTION", "METERING", "QUANTUM_WORKLOAD"],
        [typeof(NotificationKind)] = ["BUILD_SUCCEEDED", "BUILD_FAILED", "EXECUTION_FAILED", "INVITATION", "BUDGET_EXCEEDED"],
    };

    public static TheoryData<string> EnumNames => new(s_referenceValues.Keys.Select(t => t.Name));

    public static TheoryData<string, string> KnownValues
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (type, values) in s_referenceValues)
            {
                foreach (var value in values) data.Add(type.Name, value);
            }
            return data;
        }
    }

    public static TheoryData<string, string> NonStringTokens
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var type in s_referenceValues.Keys) data.Add(type.Name, "42");
            foreach (var token in new[] { "true", "null", "{}", "[\"PUBLISHED\"]" }) data.Add(nameof(ServiceLifecycle), token);
            return data;
        }
    }

    [Fact]
    public void HubEnums_InTheAssembly_AreExactlyTheEnumsOfReferenceSection4()
    {
        var hubEnums = typeof(ServiceLifecycle).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHubEnum<>)));

        hubEnums.Should().BeEquivalentTo(s_referenceValues.Keys);
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void KnownValues_OfEachEnum_AreExactlyTheValuesOfReferenceSection4(string enumName)
    {
        var type = EnumType(enumName);

        KnownMembers(type).Select(WireValue).Should().BeEquivalentTo(s_referenceValues[type]);
    }

    [Theory]
    [MemberData(nameof(KnownValues))]
    public void KnownValue_ReadAndWritten_IsTheNamedMemberAndThePlainString(string enumName, string wireValue)
    {
        var type = EnumType(enumName);
        var json = JsonSerializer.Serialize(wireValue);

        var read = GoldenJson.Read(json, type);

        read.Should().Be(KnownMembers(type).Single(m => WireValue(m) == wireValue));
        read.ToString().Should().Be(wireValue);
        GoldenJson.Write(read, type).Should().Be(json);
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void UnknownValue_Read_IsKeptUnequalToKnownValuesAndWrittenBackUnchanged(string enumName)
    {
        var type = EnumType(enumName);

        var read = GoldenJson.Read($"\"{UnknownValue}\"", type);

        WireValue(read).Should().Be(UnknownValue);
        read.ToString().Should().Be(UnknownValue);
        KnownMembers(type).Should().NotContain(read);
        GoldenJson.Write(read, type).Should().Be($"\"{UnknownValue}\"");
    }

    [Theory]
    [MemberData(nameof(NonStringTokens))]
    public void NonStringToken_Read_ThrowsJsonExceptionNamingTheEnum(string enumName, string token)
    {
        var type = EnumType(enumName);

        var read = () => GoldenJson.Read(token, type);

        read.Should().Throw<JsonException>().WithMessage($"Expected a string for {enumName}, got *");
    }

    [Fact]
    public void NonStringToken_InsideDto_ThrowsJsonExceptionWithThePropertyPath()
    {
        var read = () => GoldenJson.Read<ServiceOverview>("""{ "id": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60", "lifecycle": 3 }""");

        read.Should().Throw<JsonException>()
            .WithMessage("Expected a string for ServiceLifecycle, got Number*")
            .Which.Path.Should().Be("$.lifecycle");
    }

    [Fact]
    public void NullValue_InsideDto_ReadsAsNoValue()
    {
        var overview = GoldenJson.Read<ServiceOverview>("""{ "id": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60", "lifecycle": null, "buildStatus": null }""");

        overview.Lifecycle.Should().BeNull();
        overview.BuildStatus.Should().BeNull();
    }

    [Fact]
    public void UnknownValues_InsideDtos_RoundTripUnchanged()
    {
        const string overview = """
            {
              "id": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60",
              "type": "HYBRID",
              "lifecycle": "ARCHIVED",
              "buildStatus": "CANCELLED",
              "currentUserPermission": "BILLING_ADMIN"
            }
            """;
        const string token = """{ "id": "c51ce410-c124-4a10-9e0f-1b2c3d4e5f61", "scopes": ["API", "DATA_POOLS"] }""";

        var readOverview = (ServiceOverview)GoldenJson.ShouldRoundTrip(overview, typeof(ServiceOverview));
        var readToken = (AccessToken)GoldenJson.ShouldRoundTrip(token, typeof(AccessToken));

        readOverview.Lifecycle.Should().Be(new ServiceLifecycle("ARCHIVED"));
        readOverview.Lifecycle.Should().NotBe(ServiceLifecycle.Published);
        readOverview.Type!.Value.Value.Should().Be("HYBRID");
        readOverview.BuildStatus!.Value.Value.Should().Be("CANCELLED");
        readOverview.CurrentUserPermission!.Value.Value.Should().Be("BILLING_ADMIN");
        readToken.Scopes.Should().Equal(AccessTokenScope.Api, new AccessTokenScope("DATA_POOLS"));
    }

    [Theory]
    [MemberData(nameof(KnownValues))]
    public void KnownValue_Read_IsTheDeclaredInstanceAndAllocatesNothing(string enumName, string wireValue)
    {
        var check = typeof(OpenEnumJsonTests).GetMethod(nameof(ReadKnownValue), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(EnumType(enumName));

        var (read, allocated) = ((object, long))check.Invoke(null, [wireValue])!;

        read.Should().Be(KnownMembers(EnumType(enumName)).Single(m => WireValue(m) == wireValue));
        ReferenceEquals(WireValue(read), WireValue(KnownMembers(EnumType(enumName)).Single(m => WireValue(m) == wireValue)))
            .Should().BeTrue("a known value is answered with the declared instance, not with a new string");
        allocated.Should().Be(0, "pages carry several enum values per item; each known one is matched on the reader's bytes");
    }

    [Fact]
    public void KnownValue_SentEscaped_IsStillTheDeclaredValue()
    {
        GoldenJson.Read<ServiceOverview>("""{ "id": "x", "lifecycle": "PUBLISH\u0045D" }""").Lifecycle.Should().Be(ServiceLifecycle.Published);
        GoldenJson.Read<ServiceOverview>("""{ "id": "x", "lifecycle": "PUBLISHE" }""").Lifecycle.Should().Be(new ServiceLifecycle("PUBLISHE"));
    }

    private static (object Read, long Allocated) ReadKnownValue<T>(string wireValue) where T : struct, IHubEnum<T>
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(wireValue));
        var converter = new HubEnumJsonConverter<T>();
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        converter.Read(ref reader, typeof(T), JsonSerializerOptions.Default); // the first read finds the declared values
        reader = new Utf8JsonReader(bytes);
        reader.Read();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = converter.Read(ref reader, typeof(T), JsonSerializerOptions.Default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (read, allocated);
    }

    private static Type EnumType(string name) => s_referenceValues.Keys.Single(t => t.Name == name);

    /// <summary>The named values: the public static properties of the enum's own type.</summary>
    private static IReadOnlyList<object> KnownMembers(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == type)
            .Select(p => p.GetValue(null)!)
            .ToList();

    private static string? WireValue(object value) => (string?)value.GetType().GetProperty("Value")!.GetValue(value);
}
