using System.Globalization;

namespace KipuHub.FakeServer.Tests.Billing;

internal enum StepKind
{
    Job,
    CancelJob,
    DeleteJob,
    CancelExecution,
    Meter,
    Advance,
}

/// <summary>
/// One step of a <see cref="LedgerPropertyTests"/> sequence. <see cref="Actor"/> is an actor's index (for
/// <see cref="StepKind.Meter"/>, a metered service's), <see cref="Pick"/> chooses among what is there (a service, a job,
/// an open execution, a product) by remainder; a job with <see cref="CancelAfter"/> of 0 or more is cancelled after
/// the clock moved that many seconds on.
/// </summary>
internal sealed record LedgerStep(StepKind Kind, int Actor, int Pick, bool Fail, decimal Count, TimeSpan By, int CancelAfter = -1)
{
    public static LedgerStep Job(int actor, int service, bool fail, int cancelAfter) => new(StepKind.Job, actor, service, fail, 0, TimeSpan.Zero, cancelAfter);

    public static LedgerStep CancelJob(int actor, int job) => new(StepKind.CancelJob, actor, job, false, 0, TimeSpan.Zero);

    public static LedgerStep DeleteJob(int actor, int job) => new(StepKind.DeleteJob, actor, job, false, 0, TimeSpan.Zero);

    public static LedgerStep CancelExecution(int actor, int pick) => new(StepKind.CancelExecution, actor, pick, false, 0, TimeSpan.Zero);

    public static LedgerStep Meter(int service, int product, decimal count) => new(StepKind.Meter, service, product, false, count, TimeSpan.Zero);

    public static LedgerStep Advance(TimeSpan by) => new(StepKind.Advance, 0, 0, false, 0, by);

    public override string ToString() => Kind switch
    {
        StepKind.Job => $"job(actor {Actor}, service #{Pick}{(Fail ? ", failing" : "")}{(CancelAfter >= 0 ? $", cancelled after {CancelAfter} s" : "")})",
        StepKind.CancelJob => $"cancel-job(actor {Actor}, job #{Pick})",
        StepKind.DeleteJob => $"delete-job(actor {Actor}, job #{Pick})",
        StepKind.CancelExecution => $"cancel-execution(actor {Actor}, open #{Pick})",
        StepKind.Meter => $"meter(service #{Actor}, product #{Pick}, count {Count.ToString(CultureInfo.InvariantCulture)})",
        _ => $"advance({By.ToString("c", CultureInfo.InvariantCulture)})",
    };
}

/// <summary>A generated sequence of ledger steps; its shorter forms are what shrinking tries.</summary>
internal sealed record LedgerSequence(IReadOnlyList<LedgerStep> Steps)
{
    /// <summary>Without the first half, without the second half, then without each single step.</summary>
    public IEnumerable<LedgerSequence> Shorter()
    {
        if (Steps.Count > 1)
        {
            yield return new([.. Steps.Skip(Steps.Count / 2)]);
            yield return new([.. Steps.Take(Steps.Count / 2)]);
        }
        for (var i = 0; i < Steps.Count; i++)
        {
            yield return new([.. Steps.Take(i), .. Steps.Skip(i + 1)]);
        }
    }

    public override string ToString() => $"{Steps.Count} steps: " + string.Join(", ", Steps);
}
