using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// A result's metrics in the order things happen: create, start, the run itself up to exit, remove, then the totals
/// that span several of those steps, then everything that is not a step (sizes, memory, ratios). Results store
/// their metrics by name, which reads "create, create→exit, remove, total, start"; within a phase the stored order
/// (by name: k1, k2, k4...) stays.
/// </summary>
internal static class MetricOrder
{
    public static IReadOnlyList<KeyValuePair<string, MetricResult>> Of(IReadOnlyDictionary<string, MetricResult> metrics) =>
        metrics.Select((m, i) => (Metric: m, Index: i))
            .OrderBy(m => Phase(m.Metric.Key, m.Metric.Value.Unit))
            .ThenBy(m => m.Index)
            .Select(m => m.Metric)
            .ToList();

    /// <summary>0 create, 1 start (or boot), 2 the run up to exit, 3 remove, 4 a total over several steps, 5 not a step.</summary>
    public static int Phase(string name, string unit)
    {
        if (unit != "ms") return 5;
        var words = name.Split('_');
        if (words.Contains("run") || words.Contains("total") || name.Contains("start_remove") || name.Contains("boot_and")) return 4;
        if (words[0] == "create" && words.Contains("exit")) return 2;
        if (words[0] == "create") return 0;
        if (words.Contains("remove")) return 3;
        if (words[0] is "start" or "boot" || words.Contains("ready")) return 1;
        return 2;
    }
}
