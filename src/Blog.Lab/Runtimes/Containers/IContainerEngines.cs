using Blog.Lab.Specs;

namespace Blog.Lab.Runtimes.Containers;

/// <summary>
/// Which engine a container spec measures on: the shared one, or one the spec declares for itself (Docker's
/// <c>docker_host:</c>, see <see cref="IDeclaredRuntimes"/>). Experiments ask here and see only <see cref="IContainerEngine"/>.
/// </summary>
public interface IContainerEngines
{
    /// <summary>The runtime name container experiments require (<see cref="IRuntime.Name"/> of the shared engine).</summary>
    string RuntimeName { get; }

    /// <summary>The engine for specs that declare none.</summary>
    IContainerEngine Shared { get; }

    /// <summary>The engine <paramref name="spec"/> measures on.</summary>
    IContainerEngine For(ExperimentSpec spec);
}
