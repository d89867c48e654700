using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// What a page says about results measured on a busy machine. Whether one was is the lab's own judgement
/// (<see cref="LabResult.MeasuredUnderLoad"/>: the 1-minute load before it above the quiet limit, or the wait for
/// quiet timed out), so the page and <c>lab run</c> never disagree about which numbers to distrust.
/// </summary>
internal static class MachineBusy
{
    /// <summary>
    /// One short sentence about the busy ones among <paramref name="results"/> (the highest load before them, the
    /// quiet limit), or null when none was; each run's load is in the provenance section.
    /// </summary>
    public static string? Sentence(IReadOnlyList<LabResult> results)
    {
        var busy = results.Where(r => r.MeasuredUnderLoad).ToList();
        if (busy.Count == 0) return null;
        var which = busy.Count == results.Count ? "these" : string.Join(", ", busy.Select(r => r.Id));
        var loads = busy.Where(r => r.Provenance.Load is not null).ToList();
        var how = loads.Count == 0
            ? "the lab's wait for a quiet machine timed out"
            : $"1-minute load average before them up to {ValueFormat.Significant(loads.Max(r => r.Provenance.Load!.Before))} " +
              $"on {string.Join(" or ", loads.Select(r => r.Provenance.Cores).Distinct())} cores, above the quiet limit of " +
              $"{string.Join(" or ", loads.Select(r => ValueFormat.Significant(r.QuietLoadLimit)).Distinct())}";
        return $"the machine was busy while {which} ran ({how}), " +
               "so other work competed for the CPU and the times may read slower than on a quiet machine.";
    }
}
