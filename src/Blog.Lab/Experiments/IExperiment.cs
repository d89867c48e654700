using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>
/// One kind of measurement (<c>container-start</c>, <c>vm-boot</c>, <c>jvm-startup</c>...). An experiment
/// starts real runtimes, measures them and cleans up after itself, also when cancelled.
/// </summary>
public interface IExperiment
{
    /// <summary>The <c>kind:</c> value that selects this experiment in a spec.</summary>
    string Kind { get; }

    /// <summary>Runtimes that must be available (names of <see cref="Runtimes.IRuntime.Name"/>).</summary>
    IReadOnlyList<string> RequiredRuntimes { get; }

    /// <summary>How hard it works the machine: the runner orders a run light to heavy (<see cref="ExperimentWeight"/>).</summary>
    ExperimentWeight Weight => ExperimentWeight.Light;

    /// <summary>The shell command that measures the same thing, for independent timing with hyperfine.</summary>
    string? EquivalentCommand(ExperimentSpec spec) => null;

    /// <summary>
    /// The metric whose median the equivalent command's time (or printed value) matches; null means the first.
    /// </summary>
    string? EquivalentMetric(ExperimentSpec spec) => null;

    Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken);
}

/// <summary>
/// What one run measured: named metrics (each with its raw samples and unit) and facts (things observed
/// once, such as the kernel version seen inside a container).
/// </summary>
public sealed record ExperimentOutcome(
    IReadOnlyDictionary<string, MetricSamples> Metrics,
    IReadOnlyDictionary<string, string> Facts);

/// <summary>The raw samples of one metric; <see cref="Unit"/> is <c>ms</c>, <c>bytes</c>, <c>count</c> or <c>ratio</c>.</summary>
public sealed record MetricSamples(string Unit, IReadOnlyList<double> Samples, string Description = "");
