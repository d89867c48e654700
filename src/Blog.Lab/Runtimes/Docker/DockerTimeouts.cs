namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// Limits on single Docker operations, so a stuck engine fails a run instead of hanging it.
/// <see cref="Cleanup"/> bounds a removal made with a fresh token after a cancelled or failed run.
/// </summary>
public sealed record DockerTimeouts(TimeSpan Operation, TimeSpan Build, TimeSpan Cleanup)
{
    public static DockerTimeouts Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(30));
}
