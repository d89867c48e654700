using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What every container experiment shares: it measures on the engine its spec names (<see cref="IContainerEngines"/>),
/// on a bench opened for the run and removed afterwards, whatever happens; its equivalent command uses that engine's
/// command line, whose bench <see cref="PrepareAsync"/> readies. It sees the engine only through <see cref="IContainerEngine"/>.
/// </summary>
public abstract class ContainerExperiment(IContainerEngines engines, bool needsIdleContainer = false) : IExperiment, IPreparesWorkFiles
{
    public abstract string Kind { get; }
    public virtual ExperimentWeight Weight => ExperimentWeight.Light;
    public IReadOnlyList<string> RequiredRuntimes => [engines.RuntimeName];

    public abstract string? EquivalentCommand(ExperimentSpec spec);
    public abstract string? EquivalentMetric(ExperimentSpec spec);

    /// <summary>Readies what <see cref="EquivalentCommand"/> runs on (see <see cref="IContainerEngine.PrepareCommandsAsync"/>).</summary>
    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        engines.For(spec).PrepareCommandsAsync(needsIdleContainer, cancellationToken);

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        await using var bench = await engines.For(spec).OpenBenchAsync(context.RunId, cancellationToken);
        return await MeasureAsync(spec, context, bench, cancellationToken);
    }

    /// <summary>The command line of the engine <paramref name="spec"/> measures on.</summary>
    protected IContainerCommands Commands(ExperimentSpec spec) => engines.For(spec).Commands;

    protected abstract Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken);
}
