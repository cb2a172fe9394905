using System.Text;

namespace KipuHub.FakeServer.Store;

/// <summary>
/// Derives one seed per entity type from the data-set seed. string.GetHashCode is randomized per process, so this
/// uses FNV-1a: the same (seed, name) gives the same value on every machine and run, and adding an entity type never
/// shifts the seeds of the others.
/// </summary>
internal static class StableSeed
{
    public static int For(int seed, string entityType)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes($"{seed}/{entityType}"))
        {
            hash = (hash ^ b) * prime;
        }
        return unchecked((int)(hash ^ (hash >> 32)));
    }

    /// <summary>A UUID that follows from the seed and the name alone, for ids derived rather than stored.</summary>
    public static string Uuid(int seed, string name) => new Bogus.Randomizer(For(seed, name)).Uuid().ToString();
}
