namespace Blog.Lab.Experiments;

/// <summary>Builds an <see cref="ExperimentOutcome"/> for the common case of one metric.</summary>
public static class Outcome
{
    public static ExperimentOutcome Single(
        string metric, string unit, IReadOnlyList<double> samples, string description,
        IReadOnlyDictionary<string, string>? facts = null) =>
        new(new Dictionary<string, MetricSamples> { [metric] = new MetricSamples(unit, samples, description) },
            facts ?? new Dictionary<string, string>());
}
