using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Running;

/// <summary>
/// Where a runner keeps its temporary folders, how it tells time, how long a runtime may take to answer a probe, and
/// how it waits for a quiet machine before each experiment (<see cref="Settle"/>; tests of the lab itself pass
/// <see cref="SettlePolicy.None"/>, or fake <see cref="Counters"/> and <see cref="Clock"/>).
/// </summary>
public sealed record LabRunnerOptions
{
    public string TemporaryRoot { get; init; } = Path.GetTempPath();
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    // Generous: on a fresh machine the QEMU probe first assembles its guest (a kernel package download).
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromMinutes(5);
    public SettlePolicy Settle { get; init; } = SettlePolicy.For(Environment.ProcessorCount);
    public IMachineCounters Counters { get; init; } = new ProcCounters();
    // An engine listing a run's containers answers in milliseconds; one that does not is not waited for.
    public TimeSpan LeftoverCheckTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// What a runtime that is not here does to a run. False (<c>lab run</c>, which was asked to measure exactly these): the
    /// whole run is refused before anything is touched. True (a build's <c>--lab auto|force</c>, which measures what it
    /// can): the experiments whose runtimes are here are measured, the others keep their stored results and are named in
    /// warnings.
    /// </summary>
    public bool MeasureWhatCanRunHere { get; init; }
}

/// <summary>
/// Runs experiments one at a time (so they do not disturb each other): decides which need measuring, checks
/// their runtimes before touching anything, orders them light to heavy (<see cref="RunOrder"/>), waits before each
/// until what the run left is gone and the machine is quiet (<see cref="QuietWait"/>; the result records what it saw),
/// gives each a private work folder that is removed at the end (also on failure and Ctrl+C), and stores each result
/// atomically. A failed experiment keeps its previous result.
/// A spec that declares where it runs (<c>docker_host:</c>) is measured there or not at all: when that engine does
/// not answer, the spec is <see cref="RunOutcome.Unreachable"/> and keeps its result, and the others still run.
/// </summary>
public sealed class LabRunner(ExperimentCatalogue catalogue, ResultStore store, LabRunnerOptions? options = null)
{
    private readonly LabRunnerOptions _options = options ?? new LabRunnerOptions();

    public async Task<LabRunReport> RunAsync(
        IReadOnlyList<ExperimentSpec> specs, LabMode mode, IProgress<LabProgress> progress, CancellationToken cancellationToken)
    {
        var started = _options.Clock.GetTimestamp();
        var report = await RunAllAsync(specs, mode, progress, cancellationToken);
        return report with { Elapsed = _options.Clock.GetElapsedTime(started) };
    }

    private async Task<LabRunReport> RunAllAsync(
        IReadOnlyList<ExperimentSpec> specs, LabMode mode, IProgress<LabProgress> progress, CancellationToken cancellationToken)
    {
        var runId = RunId.New(_options.Clock);
        var statuses = new Dictionary<string, ResultStatus>(StringComparer.Ordinal);
        foreach (var spec in specs) statuses[spec.Id] = await store.StatusAsync(spec, cancellationToken);

        var wanted = specs.Where(s => mode switch
        {
            LabMode.Frozen => false,
            LabMode.Force => true,
            _ => statuses[s.Id].Freshness != Freshness.Fresh,
        }).ToList();
        var entries = specs.Except(wanted).Select(s => UpToDateOrLeft(statuses[s.Id])).ToList();
        var warnings = entries.Where(e => e.Outcome == RunOutcome.Skipped).Select(e => $"{e.Id}: {e.Message}").ToList();
        if (wanted.Count == 0) return new LabRunReport(runId, entries, warnings);

        // Only the runtimes the wanted experiments need from this machine: a container run must not boot a VM to detect
        // KVM, and a stopped engine must not hold up a run that never talks to it (or whose specs declare their own).
        var needed = wanted
            .SelectMany(s => (catalogue.Experiment(s.Kind)?.RequiredRuntimes ?? []).Where(n => !catalogue.DeclaredRuntimes(s).ContainsKey(n)))
            .ToHashSet(StringComparer.Ordinal);
        var prober = new RuntimeProber(_options.ProbeTimeout);
        var probes = await prober.ProbeAsync(catalogue.Runtimes.Where(r => needed.Contains(r.Name)), cancellationToken);
        var missing = wanted.ToDictionary(s => s.Id, s => MissingRuntimes(s, probes));
        if (!_options.MeasureWhatCanRunHere && missing.Values.Any(m => m.Count > 0))
            return new LabRunReport(runId, [], [], Refusal(missing.Values.SelectMany(m => m)));

        foreach (var spec in wanted.Where(s => missing[s.Id].Count > 0))
        {
            var why = $"{statuses[spec.Id].Freshness.ToString().ToLowerInvariant()} and not measured: {string.Join("; ", missing[spec.Id].Select(p => p.Message))}";
            entries.Add(new ExperimentRun(spec.Id, RunOutcome.Skipped, why, statuses[spec.Id].Result));
            warnings.Add($"{spec.Id}: {why}");
        }
        var ready = wanted.Where(s => missing[s.Id].Count == 0).ToList();
        var declared = await DeclaredProbes.ProbeAsync(catalogue, ready, prober, cancellationToken);
        foreach (var spec in ready.Where(s => declared.Unavailable(s).Count > 0))
        {
            // Measured elsewhere it would be a different result under the same spec: left as it is instead.
            var why = $"{statuses[spec.Id].Freshness.ToString().ToLowerInvariant()} and not measured: the engine it declares, " +
                      $"{catalogue.RunsOn(spec)}, does not answer: {string.Join("; ", declared.Unavailable(spec).Select(p => p.Message))}";
            entries.Add(new ExperimentRun(spec.Id, RunOutcome.Unreachable, why, statuses[spec.Id].Result));
            warnings.Add($"{spec.Id}: {why}");
        }
        var runnable = RunOrder.LightToHeavy(ready.Where(s => declared.Unavailable(s).Count == 0), catalogue);
        if (runnable.Count == 0) return new LabRunReport(runId, entries, warnings);

        var provenance = await new ProvenanceCollector(_options.Clock).CollectAsync(probes.Values, cancellationToken);
        using var work = WorkDirectory.Create(_options.TemporaryRoot, runId);
        var run = new RunState(runId, work.Path, new RunLeftovers(runId, _options.LeftoverCheckTimeout),
            new QuietWait(_options.Settle, _options.Counters, _options.Clock));
        for (var i = 0; i < runnable.Count; i++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                entries.AddRange(runnable.Skip(i).Select(s => new ExperimentRun(s.Id, RunOutcome.Cancelled, "cancelled before it started")));
                break;
            }
            var measuredOn = provenance with { Runtimes = ProvenanceCollector.RuntimeFacts(declared.Merged(probes, runnable[i])) };
            var place = new ProgressPlace(progress, i + 1, runnable.Count);
            entries.Add(await RunOneAsync(runnable[i], run, place, measuredOn, cancellationToken));
        }
        return new LabRunReport(runId, entries, warnings);
    }

    private async Task<ExperimentRun> RunOneAsync(
        ExperimentSpec spec, RunState run, ProgressPlace place, Provenance provenance, CancellationToken cancellationToken)
    {
        var experiment = catalogue.Experiment(spec.Kind)
                         ?? throw new InvalidOperationException($"{spec.Id}: no experiment of kind '{spec.Kind}'");
        // Each experiment gets its own folder inside the run's, so one cannot trip over another's files.
        var folder = Path.Combine(run.WorkDirectory, spec.Id);
        Directory.CreateDirectory(folder);
        try
        {
            var conditions = await run.Quiet.WaitAsync(run.Leftovers, place.Settling(spec), cancellationToken);
            run.Leftovers.Using(RuntimesOf(spec, experiment));
            // Started after the wait, so the estimate of what is left counts sampling only.
            var clock = new ProgressClock(_options.Clock, place.Sink, place.Index, place.Count, spec.Warmup, spec.Samples);
            var context = new LabContext(run.RunId, folder, clock);
            var loadBefore = await _options.Counters.OneMinuteLoadAsync(cancellationToken);
            var outcome = await experiment.RunAsync(spec, context, cancellationToken);
            var load = new MachineLoad(loadBefore, await _options.Counters.OneMinuteLoadAsync(cancellationToken));
            var result = ResultFactory.Create(spec, outcome, provenance with { Load = load }, run.RunId,
                catalogue.EquivalentCommand(spec), experiment.RequiredRuntimes, conditions);
            await store.WriteAsync(result, CancellationToken.None);
            return new ExperimentRun(spec.Id, RunOutcome.Measured, "measured", result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ExperimentRun(spec.Id, RunOutcome.Cancelled, "cancelled; the previous result is kept");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ExperimentRun(spec.Id, RunOutcome.Failed, $"{e.Message}; the previous result is kept");
        }
    }

    /// <summary>The shared runtimes <paramref name="spec"/> needs that are not here (a runtime it declares is probed apart).</summary>
    private List<RuntimeProbe> MissingRuntimes(ExperimentSpec spec, IReadOnlyDictionary<string, RuntimeProbe> probes)
    {
        var declared = catalogue.DeclaredRuntimes(spec);
        return (catalogue.Experiment(spec.Kind)?.RequiredRuntimes ?? [])
            .Where(name => !declared.ContainsKey(name))
            .Select(name => probes.TryGetValue(name, out var p) ? p : new RuntimeProbe(name, false, "", $"{name}: no such runtime in the lab"))
            .Where(p => !p.Available)
            .ToList();
    }

    /// <summary>The runtimes <paramref name="spec"/> runs on: the ones it declares, else the shared ones.</summary>
    private IEnumerable<IRuntime> RuntimesOf(ExperimentSpec spec, IExperiment experiment)
    {
        var declared = catalogue.DeclaredRuntimes(spec);
        return experiment.RequiredRuntimes
            .Select(name => declared.TryGetValue(name, out var own) ? own : catalogue.Runtime(name))
            .OfType<IRuntime>();
    }

    private static string Refusal(IEnumerable<RuntimeProbe> unavailable) =>
        "nothing was run: " + string.Join("; ", unavailable.DistinctBy(p => p.Name).Select(p => p.Message));

    private static ExperimentRun UpToDateOrLeft(ResultStatus status) => status.Freshness == Freshness.Fresh
        ? new ExperimentRun(status.Id, RunOutcome.UpToDate, status.Reason, status.Result)
        : new ExperimentRun(status.Id, RunOutcome.Skipped, $"{status.Freshness.ToString().ToLowerInvariant()}: {status.Reason}", status.Result);
}

/// <summary>What every experiment of one run shares: its id, work folder, what it has left so far and how it waits for quiet.</summary>
internal sealed record RunState(string RunId, string WorkDirectory, RunLeftovers Leftovers, QuietWait Quiet);

/// <summary>Experiment <see cref="Index"/> of <see cref="Count"/> and where its progress goes.</summary>
internal sealed record ProgressPlace(IProgress<LabProgress> Sink, int Index, int Count)
{
    /// <summary>The wait for quiet before <paramref name="spec"/>, reported as its step 0.</summary>
    public IProgress<QuietReading> Settling(ExperimentSpec spec) => new SettleProgress(reading => Sink.Report(
        new LabProgress(spec.Id, Index, Count, LabProgress.SettlePhase, 0, spec.Samples, 0, spec.Warmup + spec.Samples,
            reading.Waited, null) { Settling = reading }));

    /// <summary>Reports on the waiting thread, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SettleProgress(Action<QuietReading> report) : IProgress<QuietReading>
    {
        public void Report(QuietReading value) => report(value);
    }
}
