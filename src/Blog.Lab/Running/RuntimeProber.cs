using Blog.Lab.Runtimes;

namespace Blog.Lab.Running;

/// <summary>Asks every runtime whether it is usable here, each within a time limit; a probe that throws counts as unavailable.</summary>
public sealed class RuntimeProber(TimeSpan limit)
{
    public async Task<IReadOnlyDictionary<string, RuntimeProbe>> ProbeAsync(
        IEnumerable<IRuntime> runtimes, CancellationToken cancellationToken)
    {
        var probes = new Dictionary<string, RuntimeProbe>(StringComparer.Ordinal);
        foreach (var runtime in runtimes)
            probes[runtime.Name] = await ProbeOneAsync(runtime, cancellationToken);
        return probes;
    }

    public async Task<RuntimeProbe> ProbeOneAsync(IRuntime runtime, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return await runtime.ProbeAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RuntimeProbe(runtime.Name, false, "", $"{runtime.Name} did not answer within {limit.TotalSeconds:0}s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new RuntimeProbe(runtime.Name, false, "", $"{runtime.Name}: {e.Message}");
        }
    }
}
