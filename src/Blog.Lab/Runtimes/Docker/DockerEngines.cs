using System.Collections.Concurrent;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// The Docker engines container experiments measure on: the shared one (<c>DOCKER_HOST</c>, or the local socket),
/// and any engine a spec names with <c>docker_host: ssh://user@host</c> (or <c>tcp://</c>, <c>unix://</c>), so a
/// result meant to come from another machine is always measured there, whatever <c>DOCKER_HOST</c> says today.
/// Each declared address gets one runtime of its own (its own probe, sessions and ssh tunnel).
/// </summary>
public sealed class DockerEngines(DockerRuntime shared, DeclaredEngineSettings settings) : IContainerEngines, IDeclaredRuntimes
{
    public const string HostParameter = "docker_host";

    private readonly ConcurrentDictionary<string, DockerRuntime> _declared = new(StringComparer.Ordinal);

    /// <summary>Engines declared with the default settings (the user's ssh configuration applies).</summary>
    public DockerEngines(DockerRuntime shared) : this(shared, new DeclaredEngineSettings()) { }

    /// <summary>The engine <c>DOCKER_HOST</c> names, for specs that declare none.</summary>
    public DockerRuntime Shared => shared;

    public string RuntimeName => RuntimeNames.Docker;
    public string Parameter => HostParameter;

    public static DockerEngines FromEnvironment() =>
        new(DockerRuntime.FromEnvironment(), DeclaredEngineSettings.FromEnvironment());

    /// <summary>The engine <paramref name="spec"/> measures on.</summary>
    public DockerRuntime For(ExperimentSpec spec) => Declared(spec) ?? shared;

    IContainerEngine IContainerEngines.Shared => shared;
    IContainerEngine IContainerEngines.For(ExperimentSpec spec) => For(spec);

    /// <summary>The engine <paramref name="spec"/> names with <c>docker_host:</c>, or null.</summary>
    public DockerRuntime? Declared(ExperimentSpec spec) =>
        spec.Parameter(HostParameter) is { } host ? _declared.GetOrAdd(host.Trim(), h => DockerRuntime.Declared(h, settings)) : null;

    IRuntime? IDeclaredRuntimes.DeclaredBy(ExperimentSpec spec) => Declared(spec);

    /// <summary>Only the address is checked here: whether an engine answers there is the probe's business.</summary>
    public string? Problem(string value) =>
        DockerEndpoint.TryParse(value.Trim(), null, null, out _, out var problem) ? null : $"'{value}'{problem}";

    /// <summary>The docker CLI reads DOCKER_HOST as the lab does, so the equivalent command reaches the same engine.</summary>
    public string ShellPrefix(ExperimentSpec spec) => spec.Parameter(HostParameter) is { } host
        ? $"export DOCKER_HOST='{host.Trim().Replace("'", "'\\''")}'; "
        : "";

    public string Describe(ExperimentSpec spec) => spec.Parameter(HostParameter) is { } host
        ? $"{host.Trim()} ({HostParameter})"
        : shared.Endpoint.ToString();
}
