using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// A metric's name for a table row or a bar: its description up to the first aside (", under TCG…", " (what docker
/// run --rm does)", ": its process's lifetime"), so a row reads in one line and the rest goes into the notes under
/// the table. Where two metrics of one result would read the same, they keep their full descriptions.
/// </summary>
internal static class MetricLabel
{
    private static readonly string[] Asides = [", ", " (", ": ", "; "];

    /// <summary>The short label of each metric of <paramref name="metrics"/>, by name.</summary>
    public static IReadOnlyDictionary<string, string> ShortLabels(IReadOnlyDictionary<string, MetricResult> metrics)
    {
        var labels = metrics.ToDictionary(m => m.Key, m => Short(m.Key, m.Value.Description), StringComparer.Ordinal);
        foreach (var clash in labels.GroupBy(l => l.Value).Where(g => g.Count() > 1).ToList())
            foreach (var (name, _) in clash)
                labels[name] = Full(name, metrics[name].Description);
        return labels;
    }

    /// <summary>The description to show in the notes, or null when the short label already says all of it.</summary>
    public static string? Note(string shortLabel, MetricResult metric) =>
        metric.Description.Length > 0 && metric.Description != shortLabel ? metric.Description : null;

    private static string Short(string name, string description)
    {
        var full = Full(name, description);
        var cut = Asides.Select(a => full.IndexOf(a, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(full.Length).Min();
        return full[..cut];
    }

    private static string Full(string name, string description) => description.Length > 0 ? description : name;
}
