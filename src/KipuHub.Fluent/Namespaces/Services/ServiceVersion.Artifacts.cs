using System.Net.Http.Json;
using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

// What a version is made of: its OpenAPI document, its source code and its resource and runtime configuration.
public sealed partial class ServiceVersion
{
    /// <summary>A command that gets the version's OpenAPI document as text (JSON or YAML, as it was uploaded).</summary>
    [HubOperation(nameof(HubCatalog.ServiceVersionsApiSpec))]
    public HubCommand<string> GetApiSpec() => Text(At(HubCatalog.ServiceVersionsApiSpec));

    /// <summary>Gets the version's OpenAPI document as text (JSON or YAML, as it was uploaded).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsApiSpec))]
    public Task<string> GetApiSpecAsync(CancellationToken cancellationToken = default) => GetApiSpec().SendAsync(cancellationToken);

    /// <summary>A command that replaces the version's OpenAPI document. The stream is read when the command is sent, and is not closed.</summary>
    /// <param name="content">The document, JSON or YAML, read from the current position.</param>
    /// <param name="fileName">The file name sent with it. <value>Default: <c>openapi.json</c>.</value></param>
    /// <exception cref="ArgumentException">The stream cannot be read, or the file name is blank.</exception>
    [HubOperation(nameof(HubCatalog.ServiceVersionsUploadApiSpec))]
    public HubCommand UploadApiSpec(Stream content, string fileName = "openapi.json") =>
        Empty(At(HubCatalog.ServiceVersionsUploadApiSpec) with { Content = FileUpload.Content(content, fileName, "application/octet-stream", "openapi.json") });

    /// <summary>Replaces the version's OpenAPI document. The stream is not closed.</summary>
    /// <param name="content">The document, JSON or YAML, read from the current position.</param>
    /// <param name="fileName">The file name sent with it. <value>Default: <c>openapi.json</c>.</value></param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsUploadApiSpec))]
    public Task UploadApiSpecAsync(Stream content, string fileName = "openapi.json", CancellationToken cancellationToken = default) =>
        UploadApiSpec(content, fileName).SendAsync(cancellationToken);

    /// <summary>A command that streams the version's source code (a zip archive) into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    /// <exception cref="ArgumentException">The destination cannot be written.</exception>
    [HubOperation(nameof(HubCatalog.ServiceVersionsSourceCode))]
    public HubCommand DownloadSourceCode(Stream destination) => Download(At(HubCatalog.ServiceVersionsSourceCode), destination);

    /// <summary>Streams the version's source code (a zip archive) into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsSourceCode))]
    public Task DownloadSourceCodeAsync(Stream destination, CancellationToken cancellationToken = default) =>
        DownloadSourceCode(destination).SendAsync(cancellationToken);

    /// <summary>
    /// A command that uploads new source code and starts a build; poll <see cref="GetBuildStatusAsync"/> for its end.
    /// The stream is read when the command is sent, and is not closed.
    /// </summary>
    /// <param name="zipArchive">The source code as a zip archive, read from the current position.</param>
    /// <param name="fileName">The file name sent with it. <value>Default: <c>source.zip</c>.</value></param>
    /// <exception cref="ArgumentException">The stream cannot be read, or the file name is blank.</exception>
    [HubOperation(nameof(HubCatalog.ServiceVersionsUploadSourceCode))]
    public HubCommand<ServiceDefinition> UploadSourceCode(Stream zipArchive, string fileName = "source.zip") =>
        Json(At(HubCatalog.ServiceVersionsUploadSourceCode) with { Content = FileUpload.Content(zipArchive, fileName, "application/zip", "source.zip") },
            ServicesJsonReading.Context.ServiceDefinition);

    /// <summary>Uploads new source code and starts a build; poll <see cref="GetBuildStatusAsync"/> for its end. The stream is not closed.</summary>
    /// <param name="zipArchive">The source code as a zip archive, read from the current position.</param>
    /// <param name="fileName">The file name sent with it. <value>Default: <c>source.zip</c>.</value></param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsUploadSourceCode))]
    public Task<ServiceDefinition> UploadSourceCodeAsync(Stream zipArchive, string fileName = "source.zip", CancellationToken cancellationToken = default) =>
        UploadSourceCode(zipArchive, fileName).SendAsync(cancellationToken);

    /// <summary>A command that sets one resource: the configuration of the same <see cref="ResourceConfiguration.Type"/> is replaced.</summary>
    /// <param name="configuration">
    /// The resource: <c>CpuConfiguration</c> (amount in milliCPUs, unit <c>m</c>), <c>MemoryConfiguration</c> (megabytes,
    /// unit <c>Mi</c>) or <c>GpuConfiguration</c> (a count and an <see cref="ResourceConfiguration.Accelerator"/>).
    /// </param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsResourceConfiguration))]
    public HubCommand UpdateResourceConfiguration(ResourceConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Empty(At(HubCatalog.ServiceVersionsResourceConfiguration) with
        {
            Content = () => JsonContent.Create(configuration, ServicesJsonContext.Default.ResourceConfiguration),
        });
    }

    /// <summary>Sets one resource: the configuration of the same <see cref="ResourceConfiguration.Type"/> is replaced.</summary>
    /// <param name="configuration">The resource: CPU, memory or GPU.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsResourceConfiguration))]
    public Task UpdateResourceConfigurationAsync(ResourceConfiguration configuration, CancellationToken cancellationToken = default) =>
        UpdateResourceConfiguration(configuration).SendAsync(cancellationToken);

    /// <summary>A command that replaces the runtime configuration: runtime, environment variables and provider tokens.</summary>
    /// <param name="configuration">The whole configuration; what it leaves out is removed.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsRuntimeConfiguration))]
    public HubCommand UpdateRuntimeConfiguration(RuntimeConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Empty(At(HubCatalog.ServiceVersionsRuntimeConfiguration) with
        {
            Content = () => JsonContent.Create(configuration, ServicesJsonContext.Default.RuntimeConfiguration),
        });
    }

    /// <summary>Replaces the runtime configuration: runtime, environment variables and provider tokens.</summary>
    /// <param name="configuration">The whole configuration; what it leaves out is removed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsRuntimeConfiguration))]
    public Task UpdateRuntimeConfigurationAsync(RuntimeConfiguration configuration, CancellationToken cancellationToken = default) =>
        UpdateRuntimeConfiguration(configuration).SendAsync(cancellationToken);
}
