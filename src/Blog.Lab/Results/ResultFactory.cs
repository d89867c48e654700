using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Specs;

namespace Blog.Lab.Results;

/// <summary>Turns what an experiment measured into the result that is stored: summaries beside the raw samples.</summary>
public static class ResultFactory
{
    public static LabResult Create(
        ExperimentSpec spec, ExperimentOutcome outcome, Provenance provenance, string runId, string? equivalentCommand,
        IReadOnlyList<string> runtimes, MeasurementConditions? conditions = null)
    {
        var empty = outcome.Metrics.Where(m => m.Value.Samples.Count == 0).Select(m => m.Key).ToList();
        if (outcome.Metrics.Count == 0 || empty.Count > 0)
            throw new InvalidOperationException(outcome.Metrics.Count == 0
                ? $"{spec.Id}: the experiment measured nothing"
                : $"{spec.Id}: no samples for {string.Join(", ", empty)}");

        return new LabResult
        {
            Id = spec.Id,
            Kind = spec.Kind,
            Title = spec.Title,
            SpecHash = spec.Hash,
            Spec = SpecSnapshot.Of(spec),
            RunId = runId,
            Provenance = provenance with { Samples = spec.Samples },
            Runtimes = runtimes,
            Metrics = new SortedDictionary<string, MetricResult>(
                outcome.Metrics.ToDictionary(
                    m => m.Key,
                    m => new MetricResult(m.Value.Unit, m.Value.Description, Statistics.Summarize(m.Value.Samples), m.Value.Samples)),
                StringComparer.Ordinal),
            Facts = new SortedDictionary<string, string>(outcome.Facts.ToDictionary(), StringComparer.Ordinal),
            EquivalentCommand = equivalentCommand,
            Conditions = conditions,
        };
    }
}
