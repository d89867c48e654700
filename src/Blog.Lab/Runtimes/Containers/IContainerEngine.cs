namespace Blog.Lab.Runtimes.Containers;

/// <summary>
/// A container engine the container experiments run on (Docker in <c>Runtimes/Docker</c>; a new engine is a folder
/// beside it, registered in <see cref="Blog.Lab.LabEngines"/>). Besides the probe it opens a <see cref="IContainerBench"/>
/// per experiment run, writes the engine's own shell commands for the equivalent commands, and, like every engine,
/// finds and removes what the lab left on it (<c>lab clean</c>, and the runner's wait for a run's leftovers).
/// </summary>
public interface IContainerEngine : IRuntime, ICleansLeftovers, IFindsRunLeftovers
{
    /// <summary>
    /// Connects for run <paramref name="runId"/> and builds the run's busybox image (<c>FROM scratch</c>, busybox as the
    /// entrypoint). Disposing the bench removes every container of the run, then the image, whatever happened.
    /// </summary>
    Task<IContainerBench> OpenBenchAsync(string runId, CancellationToken cancellationToken);

    /// <summary>The engine's command line, for the experiments' equivalent shell commands.</summary>
    IContainerCommands Commands { get; }

    /// <summary>
    /// Readies what <see cref="Commands"/> run on outside the lab: the bench image under a fixed tag and, with
    /// <paramref name="idleContainer"/>, the named idle container <see cref="IContainerCommands.Exec"/> enters.
    /// </summary>
    Task PrepareCommandsAsync(bool idleContainer, CancellationToken cancellationToken);
}

/// <summary>
/// One experiment run's place on an engine: the run's image and what the experiments do with it. Every container is
/// confined (no network, read-only root, no capabilities, no privilege gain, memory and pids limits) and labelled
/// with the run, so a container the lab lost track of is still found.
/// </summary>
public interface IContainerBench : IAsyncDisposable
{
    /// <summary>Where the engine runs, as far as the experiments care.</summary>
    ContainerHost Host { get; }

    /// <summary>The run's image.</summary>
    string ImageTag { get; }

    /// <summary>The image's whole recipe (a Dockerfile), recorded as a fact.</summary>
    string ImageRecipe { get; }

    /// <summary>The run's image as the engine describes it.</summary>
    Task<ImageShape> InspectImageAsync(CancellationToken cancellationToken);

    /// <summary>create → start → wait for exit → read exit state and output → remove, timed by phase.</summary>
    Task<ContainerRunResult> RunToExitAsync(SandboxLimits limits, IReadOnlyList<string> command, CancellationToken cancellationToken);

    /// <summary>Creates and starts a container running <see cref="IdleContainer.Command"/>; dispose it to remove it.</summary>
    Task<IRunningContainer> StartIdleAsync(SandboxLimits limits, CancellationToken cancellationToken);
}

/// <summary>A container that runs; disposing it force-removes it (with a fresh token, also after a cancelled run).</summary>
public interface IRunningContainer : IAsyncDisposable
{
    /// <summary>Runs <paramref name="command"/> in the container (<c>docker exec</c>), to its end.</summary>
    Task<ContainerOutput> ExecAsync(IReadOnlyList<string> command, CancellationToken cancellationToken);

    /// <summary>One reading of the container's cgroup memory.</summary>
    Task<CgroupMemory> MemoryAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The engine's host as the container experiments need it: its address (for messages), whether it is this machine
/// (its /proc is ours to compare with), the kernel it runs and its memory.
/// </summary>
public sealed record ContainerHost(string Endpoint, bool IsLocal, string KernelVersion, long MemoryBytes);

/// <summary>What an idle container runs: long enough to outlive any sample; the lab removes the container long before.</summary>
public static class IdleContainer
{
    public static IReadOnlyList<string> Command => ["sleep", "3600"];
}
