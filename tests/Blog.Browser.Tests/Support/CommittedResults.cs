using System.Text.Json;

namespace Blog.Browser.Tests.Support;

/// <summary>
/// One metric of a committed lab result, as the JSON file states it, with the machine's core count, the 1-minute
/// load average recorded before its run (null when the result recorded none) and whether the lab's wait for a quiet
/// machine timed out.
/// </summary>
public sealed record CommittedMetric(string ExperimentId, string Title, string Name, string Description, string Unit, double Median, int N,
    double Iqr = 0, int Cores = 0, double? LoadBefore = null, bool WaitTimedOut = false)
{
    /// <summary>
    /// The page calls a result busy when the load before it was above 0.75 per core (the lab's quiet limit, 1.5 on
    /// 2 cores) or the lab measured it after giving up waiting for quiet.
    /// </summary>
    public bool Busy => LoadBefore > 0.75 * Math.Max(1, Cores) || WaitTimedOut;
}

/// <summary>
/// The lab's results read straight from <c>_lab/results/*.json</c>, independently of the lab's own code, so a
/// page can be compared with what was measured.
/// </summary>
public static class CommittedResults
{
    public static IReadOnlyList<CommittedMetric> Read() => Read(Path.Combine(Repository.Input, "_lab", "results"));

    public static IReadOnlyList<CommittedMetric> Read(string resultsDirectory) =>
        Directory.EnumerateFiles(resultsDirectory, "*.json").Order(StringComparer.Ordinal).SelectMany(ReadFile).ToList();

    private static IEnumerable<CommittedMetric> ReadFile(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        var id = root.GetProperty("id").GetString()!;
        var title = root.GetProperty("title").GetString()!;
        var provenance = root.GetProperty("provenance");
        var cores = provenance.GetProperty("cores").GetInt32();
        double? load = provenance.TryGetProperty("load", out var l) && l.ValueKind == JsonValueKind.Object
            ? l.GetProperty("before").GetDouble()
            : null;
        var timedOut = root.TryGetProperty("conditions", out var c) && c.ValueKind == JsonValueKind.Object && !c.GetProperty("settled").GetBoolean();
        return root.GetProperty("metrics").EnumerateObject().Select(m =>
        {
            var summary = m.Value.GetProperty("summary");
            return new CommittedMetric(id, title, m.Name,
                m.Value.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "",
                m.Value.GetProperty("unit").GetString()!,
                summary.GetProperty("median").GetDouble(),
                summary.GetProperty("n").GetInt32(),
                summary.GetProperty("iqr").GetDouble(),
                cores, load, timedOut);
        }).ToList();
    }
}
