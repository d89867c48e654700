using System.Text.Json;

namespace Blog.Browser.Tests.Support;

/// <summary>One metric of a committed lab result, as the JSON file states it.</summary>
public sealed record CommittedMetric(string ExperimentId, string Title, string Name, string Description, string Unit, double Median, int N);

/// <summary>
/// The lab's results read straight from <c>_lab/results/*.json</c>, independently of the lab's own code, so a
/// page can be compared with what was measured.
/// </summary>
public static class CommittedResults
{
    public static IReadOnlyList<CommittedMetric> Read(string resultsDirectory) =>
        Directory.EnumerateFiles(resultsDirectory, "*.json").Order(StringComparer.Ordinal).SelectMany(ReadFile).ToList();

    private static IEnumerable<CommittedMetric> ReadFile(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        var id = root.GetProperty("id").GetString()!;
        var title = root.GetProperty("title").GetString()!;
        return root.GetProperty("metrics").EnumerateObject().Select(m =>
        {
            var summary = m.Value.GetProperty("summary");
            return new CommittedMetric(id, title, m.Name,
                m.Value.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "",
                m.Value.GetProperty("unit").GetString()!,
                summary.GetProperty("median").GetDouble(),
                summary.GetProperty("n").GetInt32());
        }).ToList();
    }
}
