namespace Blog.Lab.Measurement;

/// <summary>
/// Finds what the lab itself started and is still there (a container the engine has not removed yet, a VM process not
/// yet gone): one line per thing. The lab waits for them before it measures the next experiment.
/// </summary>
public interface ILeftoverCheck
{
    Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken);
}

/// <summary>Nothing to look for: before the first experiment of a run, the run has started nothing yet.</summary>
public sealed class NoLeftovers : ILeftoverCheck
{
    public Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);
}
