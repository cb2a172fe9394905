using Bogus;

namespace KipuHub.FakeServer.Store;

/// <summary>
/// A faker with its own seed, derived from the data-set seed and a fixed entity-type name, and a fixed "now".
/// Each entity type draws from its own stream, so a new entity type or a new record of one type never changes the
/// records of another. Never touch Bogus's global Randomizer.Seed: parallel servers would share it.
/// </summary>
/// <remarks>Append new RuleFor lines at the end of a faker: an inserted rule shifts every value drawn after it.</remarks>
internal abstract class SeededFaker<T> : Faker<T> where T : class
{
    protected SeededFaker(int seed, string entityType, DateTimeOffset referenceDate)
    {
        UseSeed(StableSeed.For(seed, entityType));
        UseDateTimeReference(referenceDate.UtcDateTime);
    }

    /// <summary>A moment up to <paramref name="years"/> before the reference date, in UTC, to the second.</summary>
    protected static DateTimeOffset Past(Faker f, int years = 1) => WholeSeconds(f.Date.PastOffset(years).ToUniversalTime());

    public static DateTimeOffset WholeSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
