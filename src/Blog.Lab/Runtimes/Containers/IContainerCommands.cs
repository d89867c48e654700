namespace Blog.Lab.Runtimes.Containers;

/// <summary>
/// An engine's command line, as the container experiments' equivalent shell commands use it (hyperfine times them
/// against the lab's numbers): the same confinement and the bench image its engine prepared
/// (<see cref="IContainerEngine.PrepareCommandsAsync"/>).
/// </summary>
public interface IContainerCommands
{
    /// <summary>Runs <paramref name="command"/> (a busybox applet and its arguments) confined, removed after its exit, or detached printing its id.</summary>
    string Run(SandboxLimits limits, string command, bool detach = false);

    /// <summary>Runs <paramref name="command"/> in the prepared idle container.</summary>
    string Exec(string command);

    /// <summary>Prints the memory use of <paramref name="container"/> (a shell word: an id or <c>$c</c>) once.</summary>
    string MemoryUsage(string container);

    /// <summary>Force-removes <paramref name="containers"/> (shell words), quietly.</summary>
    string Remove(string containers);

    /// <summary>Prints the bench image's size and layer count.</summary>
    string InspectImage();

    /// <summary>The confinement of every lab container as this command line's flags (also a fact of results).</summary>
    string Confinement(SandboxLimits limits);
}
