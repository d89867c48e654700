using Blog.Lab.Specs;

namespace Blog.Lab.Runtimes;

/// <summary>
/// A runtime a spec may place somewhere other than the lab's shared one, with a parameter of its own (a spec's
/// <c>docker_host:</c> names the Docker engine it measures on). The runner probes and uses the declared runtime
/// for that spec alone; a spec without the parameter uses the shared runtime.
/// </summary>
public interface IDeclaredRuntimes
{
    /// <summary>The runtime a declaration stands in for (<see cref="RuntimeNames"/>).</summary>
    string RuntimeName { get; }

    /// <summary>The spec parameter that declares it.</summary>
    string Parameter { get; }

    /// <summary>What is wrong with a declared value, or null when it names a usable place.</summary>
    string? Problem(string value);

    /// <summary>The runtime <paramref name="spec"/> declares (one instance per place), or null: the shared one.</summary>
    IRuntime? DeclaredBy(ExperimentSpec spec);

    /// <summary>
    /// What a shell needs to reach the runtime <paramref name="spec"/> declares, put before its equivalent command
    /// (<c>export DOCKER_HOST='ssh://me@big-box'; </c>); empty when it declares none.
    /// </summary>
    string ShellPrefix(ExperimentSpec spec);

    /// <summary>
    /// Where <paramref name="spec"/>'s runtime is, in a few words: <c>ssh://me@big-box (docker_host)</c> when declared,
    /// the shared runtime's place (<c>unix:///var/run/docker.sock</c>) when not.
    /// </summary>
    string Describe(ExperimentSpec spec);
}
