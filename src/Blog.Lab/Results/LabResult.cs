using Blog.Lab.Measurement;

namespace Blog.Lab.Results;

/// <summary>
/// One experiment's result as stored in <c>input/_lab/results/&lt;id&gt;.json</c>: which spec (and its hash)
/// produced it, where and when (provenance), each metric's summary with its raw samples, and the facts.
/// </summary>
public sealed record LabResult
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string Title { get; init; } = "";
    public required string SpecHash { get; init; }
    public required SpecSnapshot Spec { get; init; }
    public required string RunId { get; init; }
    public required Provenance Provenance { get; init; }
    /// <summary>The runtimes the experiment needed: their provenance facts are the ones that describe it.</summary>
    public IReadOnlyList<string> Runtimes { get; init; } = [];
    public required IReadOnlyDictionary<string, MetricResult> Metrics { get; init; }
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
    /// <summary>The shell command that measures the same thing independently, when the experiment has one.</summary>
    public string? EquivalentCommand { get; init; }
}

/// <summary>One metric: its unit (<c>ms</c>, <c>bytes</c>, <c>count</c>, <c>ratio</c>), summary and raw samples.</summary>
public sealed record MetricResult(string Unit, string Description, MetricSummary Summary, IReadOnlyList<double> Samples);
