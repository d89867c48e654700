using System.Text.Json.Serialization;
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
    /// <summary>
    /// How quiet the machine was before the experiment and how long the lab waited for it; null in results measured
    /// before the lab waited and in those of runs told not to wait (schema 1 either way: the field is optional).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeasurementConditions? Conditions { get; init; }

    /// <summary>
    /// The highest 1-minute load at which the measuring machine counted as quiet (<see cref="SettlePolicy.LoadLimit"/>
    /// of its cores: 1.5 on 2 cores).
    /// </summary>
    [JsonIgnore]
    public double QuietLoadLimit => SettlePolicy.LoadLimit(Provenance.Cores);

    /// <summary>
    /// Whether a reader should be told the machine was busy when this was measured: its 1-minute load just before the
    /// experiment was above <see cref="QuietLoadLimit"/>, or the lab's wait for quiet timed out. Judged by the same
    /// limit whatever thresholds the run was given, so a page holds every result to one standard. A result that
    /// recorded neither (measured before the lab kept them) is not flagged: nothing is known.
    /// </summary>
    [JsonIgnore]
    public bool MeasuredUnderLoad =>
        Provenance.Load?.Before > QuietLoadLimit || Conditions is { Settled: false };
}

/// <summary>One metric: its unit (<c>ms</c>, <c>bytes</c>, <c>count</c>, <c>ratio</c>), summary and raw samples.</summary>
public sealed record MetricResult(string Unit, string Description, MetricSummary Summary, IReadOnlyList<double> Samples);
