using KipuHub;
using KipuHub.Models;

namespace CatalogApp;

/// <summary>
/// A small piece of a downstream application: it reads the catalog of the tenant its client acts in and makes sure
/// an application exists. It only knows HubPlatformClient; the tests point that client at the fake server.
/// </summary>
public sealed class ServiceInventory(HubPlatformClient hub)
{
    public const int PageSize = 50;

    /// <summary>The names of the published services, page by page, sorted by name.</summary>
    public async Task<IReadOnlyList<string>> PublishedServiceNamesAsync(CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        for (var page = 0; ; page++)
        {
            var result = await hub.Services
                .Where(s => s.Lifecycle == ServiceLifecycle.Published)
                .OrderBy(s => s.Name)
                .Page(page, PageSize)
                .ListAsync(cancellationToken);
            names.AddRange(result.Content.Select(s => s.Name ?? s.Id));
            if (page + 1 >= result.TotalPages)
            {
                return names;
            }
        }
    }

    /// <summary>The application with this name, created if the tenant has none yet.</summary>
    public async Task<Application> EnsureApplicationAsync(string name, CancellationToken cancellationToken = default)
    {
        var existing = (await hub.Applications.ListAsync(cancellationToken)).FirstOrDefault(a => a.Name == name);
        return existing ?? await hub.Applications.CreateAsync(new CreateApplicationRequest { Name = name }, cancellationToken);
    }
}
