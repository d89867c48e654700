namespace Blog.Lab.Runtimes;

/// <summary>
/// A runtime whose things can outlast the experiment call that started them: the engine tears a removed container's
/// processes down after it answered, a killed QEMU process exits a moment later. The runner asks before the next
/// experiment and waits until they are gone, so one experiment's aftermath is not measured as part of the next.
/// Unlike <see cref="ICleansLeftovers"/> it only looks, and only at one run's things: another run's are not its to wait for.
/// </summary>
public interface IFindsRunLeftovers
{
    /// <summary>What run <paramref name="runId"/> started here and is still there, one line per thing.</summary>
    Task<IReadOnlyList<string>> FindRunLeftoversAsync(string runId, CancellationToken cancellationToken);
}
