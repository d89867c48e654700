using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Running;

/// <summary>
/// An experiment whose behaviour the test chooses, for testing the runner around it: it leaves a file in its
/// work folder (to prove the folder is removed), then succeeds, throws, or waits until it is cancelled.
/// </summary>
internal sealed class ScriptedExperiment(
    string kind, ScriptedExperiment.Behaviour behaviour, IReadOnlyList<string>? runtimes = null, ExperimentWeight weight = ExperimentWeight.Light)
    : IExperiment
{
    public enum Behaviour { Succeed, Throw, WaitForCancellation }

    private int _running;

    public string Kind => kind;
    public IReadOnlyList<string> RequiredRuntimes => runtimes ?? [RuntimeNames.Native];
    public ExperimentWeight Weight => weight;
    public List<string> WorkDirectoriesSeen { get; } = [];
    public int MostAtOnce { get; private set; }

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        MostAtOnce = Math.Max(MostAtOnce, Interlocked.Increment(ref _running));
        try
        {
            WorkDirectoriesSeen.Add(context.WorkDirectory);
            await File.WriteAllTextAsync(Path.Combine(context.WorkDirectory, "scratch.txt"), context.RunId, cancellationToken);
            var samples = await new Sampler(spec, context).CollectAsync(async ct =>
            {
                await Task.Yield();
                if (behaviour == Behaviour.Throw) throw new InvalidOperationException("the workload broke");
                if (behaviour == Behaviour.WaitForCancellation) await Task.Delay(Timeout.Infinite, ct);
                return (double)spec.Samples;
            }, cancellationToken);
            return Outcome.Single("value", "count", samples, "scripted");
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}

/// <summary>A runtime that is not there, like a stopped Docker daemon.</summary>
internal sealed class AbsentRuntime(string name, string message) : IRuntime
{
    public string Name => name;
    public Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new RuntimeProbe(name, false, "", message));
}

/// <summary>A runtime that is there and counts how often it was asked (a probe may boot a VM: it should not happen needlessly).</summary>
internal sealed class RecordingRuntime(string name) : IRuntime
{
    private int _probes;

    public string Name => name;
    public int Probes => _probes;

    public Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _probes);
        return Task.FromResult(new RuntimeProbe(name, true, "1.0", $"{name} 1.0"));
    }
}

/// <summary>
/// A runtime that leaves something behind each time an experiment has run on it, which goes away after
/// <paramref name="looks"/> looks (like a container the engine is still tearing down). It remembers which runs asked.
/// </summary>
internal sealed class LingeringRuntime(string name, int looks) : IRuntime, IFindsRunLeftovers
{
    private int _left;

    public string Name => name;
    public List<string> RunsAsked { get; } = [];

    public Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new RuntimeProbe(name, true, "1.0", $"{name} 1.0"));

    /// <summary>Called by the test's experiment when it ends.</summary>
    public void Leave() => _left = looks;

    public Task<IReadOnlyList<string>> FindRunLeftoversAsync(string runId, CancellationToken cancellationToken)
    {
        RunsAsked.Add(runId);
        return Task.FromResult<IReadOnlyList<string>>(_left-- > 0 ? [$"container of {runId}"] : []);
    }
}
