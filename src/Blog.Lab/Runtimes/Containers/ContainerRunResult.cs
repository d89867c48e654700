namespace Blog.Lab.Runtimes.Containers;

/// <summary>One container run to its exit, timed by phase (by the lab's clock), and how it ended.</summary>
public sealed record ContainerRunResult(
    TimeSpan Create, TimeSpan Start, TimeSpan CreateToExit, TimeSpan Remove, ContainerExit Exit, ContainerOutput Output)
{
    /// <summary>Create to removed: what <c>docker run --rm</c> takes, less the CLI's own work.</summary>
    public TimeSpan Total => CreateToExit + Remove;
}

/// <summary>What a finished command left: exit code and output.</summary>
public sealed record ContainerOutput(long ExitCode, string StandardOutput, string StandardError);

/// <summary>How a container ended, as the engine recorded it.</summary>
public sealed record ContainerExit(long ExitCode, bool OomKilled, DateTimeOffset StartedAt, DateTimeOffset FinishedAt)
{
    /// <summary>
    /// How long its process ran, by the engine's clock (start of the process to its reaped exit). Only for
    /// processes that run a while: the engine stamps StartedAt after the runtime's start returns, so a process that
    /// exits at once can even show a span of zero or less.
    /// </summary>
    public TimeSpan Ran => FinishedAt - StartedAt;
}

/// <summary>An image as the engine describes it: id, size (its uncompressed layers) and layer digests.</summary>
public sealed record ImageShape(string Id, long SizeBytes, IReadOnlyList<string> Layers);
