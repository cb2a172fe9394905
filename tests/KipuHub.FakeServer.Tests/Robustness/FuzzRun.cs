using CsCheck;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>A property a generated request broke: the message says which.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);

/// <summary>
/// Runs a property over generated inputs in a fixed order: the i-th input comes from a seed derived from the run's
/// seed, so CI sends the same requests every time. On the first failure, CsCheck takes over from that input's seed,
/// looks for a smaller input that fails too (shrinking), and the exception names the seed that replays it. Inputs that
/// know their own smaller forms (sequences without some of their steps) are shrunk by trying those instead, which finds
/// the shortest failing sequence far more often than resampling does.
/// </summary>
internal static class FuzzRun
{
    /// <param name="smaller">The candidates one step smaller than an input, or null to let CsCheck shrink.</param>
    public static async Task RunAsync<T>(Gen<T> gen, string seed, int count, Func<T, Task> check, Func<T, IEnumerable<T>>? smaller = null)
    {
        var next = PCG.Parse(seed);
        for (var i = 0; i < count; i++)
        {
            var inputSeed = next.ToString();
            next.Next64();
            var input = gen.Generate(PCG.Parse(inputSeed), null, out Size _);
            try
            {
                await check(input);
            }
            catch (Exception failure)
            {
                throw smaller is null
                    ? await ShrinkAsync(gen, check, inputSeed, i, input, failure)
                    : await ShrinkByCandidatesAsync(check, smaller, inputSeed, i, input, failure);
            }
        }
    }

    private static async Task<Exception> ShrinkAsync<T>(Gen<T> gen, Func<T, Task> check, string inputSeed, int index, T input, Exception failure)
    {
        try
        {
            await Check.SampleAsync(gen, check, seed: inputSeed, iter: 200, threads: 1);
        }
        catch (Exception shrunk)
        {
            return new Xunit.Sdk.XunitException(
                $"Input {index + 1} broke the property: {failure.Message}{Environment.NewLine}  {input}{Environment.NewLine}" +
                $"The smallest failing input CsCheck found from there:{Environment.NewLine}{shrunk.Message}", failure);
        }
        return new Xunit.Sdk.XunitException($"Input {index + 1} broke the property (it did not fail again on replay): {failure.Message}{Environment.NewLine}  {input}", failure);
    }

    private const int MaxShrinkChecks = 2_000;

    private static async Task<Exception> ShrinkByCandidatesAsync<T>(Func<T, Task> check, Func<T, IEnumerable<T>> smaller,
        string inputSeed, int index, T input, Exception failure)
    {
        var (smallest, smallestFailure, checks) = (input, failure, 0);
        for (var shrunk = true; shrunk && checks < MaxShrinkChecks;)
        {
            shrunk = false;
            foreach (var candidate in smaller(smallest))
            {
                if (++checks > MaxShrinkChecks)
                {
                    break;
                }
                try
                {
                    await check(candidate);
                }
                catch (Exception again)
                {
                    (smallest, smallestFailure, shrunk) = (candidate, again, true);
                    break;
                }
            }
        }
        return new Xunit.Sdk.XunitException(
            $"Input {index + 1} (seed {inputSeed}) broke the property: {failure.Message}{Environment.NewLine}" +
            $"The smallest failing input found in {checks} tries fails with: {smallestFailure.Message}{Environment.NewLine}  {smallest}", failure);
    }
}
