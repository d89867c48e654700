using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// Whether a result was measured on a busy machine: its 1-minute load average, before or after the run, at or
/// above the machine's core count. From there on every core had, on average, something else ready to run, so a
/// sample may have waited for a CPU; below it a core was free. Results that recorded no load are not called busy.
/// </summary>
internal static class MachineBusy
{
    public static bool Was(LabResult result) =>
        result.Provenance.Load is { } load && Math.Max(load.Before, load.After) >= result.Provenance.Cores;

    /// <summary><c>native-start: 3.55 → 3.55</c></summary>
    public static string LoadOf(LabResult result) =>
        result.Provenance.Load is { } load
            ? $"{result.Id}: {ValueFormat.Significant(load.Before)} → {ValueFormat.Significant(load.After)}"
            : $"{result.Id}: not recorded";

    /// <summary>
    /// One short sentence about the busy ones among <paramref name="results"/> (the highest load, the cores), or null
    /// when none was; each run's load is in the provenance section.
    /// </summary>
    public static string? Sentence(IReadOnlyList<LabResult> results)
    {
        var busy = results.Where(Was).ToList();
        if (busy.Count == 0) return null;
        var highest = busy.Max(r => Math.Max(r.Provenance.Load!.Before, r.Provenance.Load.After));
        var cores = string.Join(" or ", busy.Select(r => r.Provenance.Cores).Distinct());
        var which = busy.Count == results.Count ? "these" : string.Join(", ", busy.Select(r => r.Id));
        return $"the machine was busy while {which} ran (1-minute load average up to {ValueFormat.Significant(highest)} on {cores} cores), " +
               "so other work competed for the CPU and the times may read slower than on a quiet machine.";
    }
}
