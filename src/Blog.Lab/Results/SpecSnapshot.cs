using Blog.Lab.Specs;

namespace Blog.Lab.Results;

/// <summary>
/// The parts of a spec that decide what is measured, kept with the result so that a stale result can say
/// what changed (a hash alone can only say that something did).
/// </summary>
public sealed record SpecSnapshot(
    string Kind, int Samples, int Warmup, long TimeoutMs, IReadOnlyDictionary<string, string> Parameters)
{
    public static SpecSnapshot Of(ExperimentSpec spec) => new(
        spec.Kind, spec.Samples, spec.Warmup, (long)spec.Timeout.TotalMilliseconds,
        new SortedDictionary<string, string>(spec.Parameters.ToDictionary(), StringComparer.Ordinal));

    /// <summary>Human-readable differences from <paramref name="now"/>, e.g. <c>samples 10 → 20</c>.</summary>
    public IReadOnlyList<string> DifferencesFrom(SpecSnapshot now)
    {
        var changes = new List<string>();
        if (Kind != now.Kind) changes.Add($"kind {Kind} → {now.Kind}");
        if (Samples != now.Samples) changes.Add($"samples {Samples} → {now.Samples}");
        if (Warmup != now.Warmup) changes.Add($"warmup {Warmup} → {now.Warmup}");
        if (TimeoutMs != now.TimeoutMs) changes.Add($"timeout {TimeoutMs}ms → {now.TimeoutMs}ms");
        foreach (var key in Parameters.Keys.Union(now.Parameters.Keys).Order(StringComparer.Ordinal))
        {
            var before = Parameters.GetValueOrDefault(key);
            var after = now.Parameters.GetValueOrDefault(key);
            if (before == after) continue;
            changes.Add(before is null ? $"{key} added ({after})"
                : after is null ? $"{key} removed (was {before})"
                : $"{key} {before} → {after}");
        }
        return changes;
    }
}
