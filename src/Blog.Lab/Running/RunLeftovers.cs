using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;

namespace Blog.Lab.Running;

/// <summary>
/// What one run left on the runtimes its experiments used so far (containers by the run's label, VM processes by the
/// run's VM name). A runtime that cannot answer within <paramref name="limit"/>, or at all (an engine that was
/// stopped), has nothing to wait for: its experiment has already said what went wrong.
/// </summary>
internal sealed class RunLeftovers(string runId, TimeSpan limit) : ILeftoverCheck
{
    private readonly List<IFindsRunLeftovers> _used = [];

    /// <summary>Remembers the runtimes an experiment is about to use (before it runs: a failed one can leave things too).</summary>
    public void Using(IEnumerable<IRuntime> runtimes)
    {
        foreach (var runtime in runtimes.OfType<IFindsRunLeftovers>())
            if (!_used.Contains(runtime, ReferenceEqualityComparer.Instance)) _used.Add(runtime);
    }

    public async Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var runtime in _used)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            try
            {
                found.AddRange(await runtime.FindRunLeftoversAsync(runId, timeout.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Did not answer in time: nothing the lab can wait for.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Cannot be asked (the engine is gone): likewise.
            }
        }
        return found;
    }
}
