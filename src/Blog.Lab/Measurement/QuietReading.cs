using System.Globalization;
using Blog.Lab.Results;

namespace Blog.Lab.Measurement;

/// <summary>
/// One look at the machine while the lab waits for it to quieten: what the lab left that is still there, the CPUs'
/// idle share over the window just ended, the 1-minute load, how many quiet windows in a row so far, and how long
/// the wait has taken. Reported as progress, and the last one becomes the result's <see cref="MeasurementConditions"/>.
/// </summary>
public sealed record QuietReading(
    SettlePolicy Policy, TimeSpan Waited, IReadOnlyList<string> Leftovers, double? IdleShare, double Load, int QuietWindows)
{
    public bool NoLeftovers => Leftovers.Count == 0;
    public bool CpusIdle => IdleShare >= Policy.MinIdleShare;
    public bool LoadLow => Policy.MaxLoad is not { } max || Load <= max;
    public bool Settled => NoLeftovers && QuietWindows >= Policy.QuietWindows && LoadLow;
    /// <summary>Something is in the way, not just the windows still to count: worth telling someone who waits.</summary>
    public bool Busy => !NoLeftovers || !CpusIdle || !LoadLow;

    /// <summary>What stands between this reading and a quiet machine, for people (empty when it settled).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!NoLeftovers) problems.Add($"the lab's own still there: {string.Join(", ", Leftovers)}");
        if (!CpusIdle) problems.Add($"CPUs {Percent(IdleShare)} idle (needs {Percent(Policy.MinIdleShare)})");
        else if (NoLeftovers && QuietWindows < Policy.QuietWindows) problems.Add($"quiet for {QuietWindows} of {Policy.QuietWindows} windows in a row");
        if (!LoadLow) problems.Add($"1-minute load {Number(Load)} (needs ≤ {Number(Policy.MaxLoad!.Value)})");
        return problems;
    }

    /// <summary>
    /// A short line for a progress display, each threshold with the side the reading is on:
    /// <c>idle 62% &lt; 90%, load 3.41 &gt; 1.50</c> (with the lab's own leftovers first, when there are any).
    /// </summary>
    public string Describe()
    {
        var left = NoLeftovers ? "" : $"{Leftovers.Count} of the lab's own still there, ";
        var idle = $"idle {Percent(IdleShare)} {(CpusIdle ? "≥" : "<")} {Percent(Policy.MinIdleShare)}";
        var load = Policy.MaxLoad is { } max ? $"load {Number(Load)} {(LoadLow ? "≤" : ">")} {Number(max)}" : $"load {Number(Load)}";
        return $"{left}{idle}, {load}";
    }

    /// <summary>What the result records about the wait that ended with this reading.</summary>
    public MeasurementConditions Conditions(double loadAtWaitStart) => new()
    {
        Settled = Settled,
        WaitedSeconds = Math.Round(Waited.TotalSeconds, 1),
        IdleShare = IdleShare is { } idle ? Math.Round(idle, 3) : null,
        LoadAtWaitStart = loadAtWaitStart,
        Reason = Settled ? null : $"not quiet after {ValueFormat.Elapsed(Waited)}: {string.Join("; ", Problems())}",
        Thresholds = Policy.Thresholds,
    };

    private static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "unknown";

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
