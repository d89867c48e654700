using Blog.Lab.Experiments;
using Blog.Lab.Specs;

namespace Blog.Lab.Measurement;

/// <summary>
/// Takes the samples of one experiment as its spec asks: <see cref="ExperimentSpec.Warmup"/> runs discarded,
/// then <see cref="ExperimentSpec.Samples"/> kept, each limited to <see cref="ExperimentSpec.Timeout"/>
/// (the sample's token is cancelled past it, and the experiment must kill what it started), with progress.
/// </summary>
public sealed class Sampler(ExperimentSpec spec, IProgress<SampleProgress> progress)
{
    public const string WarmupPhase = "warm-up";
    public const string SamplePhase = "sample";

    public Sampler(ExperimentSpec spec, LabContext context) : this(spec, context.Progress) { }

    /// <summary>Runs <paramref name="takeSample"/> warm-up + n times and returns the n kept results in order.</summary>
    public async Task<IReadOnlyList<T>> CollectAsync<T>(
        Func<CancellationToken, Task<T>> takeSample, CancellationToken cancellationToken)
    {
        for (var i = 1; i <= spec.Warmup; i++)
        {
            progress.Report(new SampleProgress(spec.Id, WarmupPhase, i, spec.Warmup));
            await TakeAsync(takeSample, WarmupPhase, i, spec.Warmup, cancellationToken);
        }

        var kept = new List<T>(spec.Samples);
        for (var i = 1; i <= spec.Samples; i++)
        {
            progress.Report(new SampleProgress(spec.Id, SamplePhase, i, spec.Samples));
            kept.Add(await TakeAsync(takeSample, SamplePhase, i, spec.Samples, cancellationToken));
        }
        return kept;
    }

    private async Task<T> TakeAsync<T>(
        Func<CancellationToken, Task<T>> takeSample, string phase, int index, int total, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(spec.Timeout);
        try
        {
            return await takeSample(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && limit.IsCancellationRequested)
        {
            throw new SampleTimeoutException(spec.Id, phase, index, total, spec.Timeout);
        }
    }
}

/// <summary>One sample took longer than the spec's timeout; what it started has been killed.</summary>
public sealed class SampleTimeoutException(string experimentId, string phase, int index, int total, TimeSpan timeout)
    : TimeoutException($"{experimentId}: {phase} {index}/{total} took longer than the timeout of {timeout.TotalSeconds:0.###}s")
{
    public string ExperimentId { get; } = experimentId;
}
