using Blog.Lab.Runtimes.Containers;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// The Docker engine at <see cref="Endpoint"/> (from <c>DOCKER_HOST</c> by default). The probe says which
/// engine, API, runc and host answered, or what to install or start when none does. The lab's
/// <see cref="IContainerEngine"/> for Docker: container experiments see only that interface.
/// </summary>
public sealed class DockerRuntime : IContainerEngine
{
    private readonly DockerUnavailableException? _misconfigured;

    public DockerRuntime(DockerEndpoint endpoint, DockerTimeouts? timeouts = null)
    {
        Endpoint = endpoint;
        Timeouts = timeouts ?? DockerTimeouts.Default;
    }

    private DockerRuntime(DockerUnavailableException misconfigured)
    {
        _misconfigured = misconfigured;
        Endpoint = DockerEndpoint.Parse(null);
        Timeouts = DockerTimeouts.Default;
    }

    /// <summary>
    /// The engine <c>DOCKER_HOST</c> names. A value the lab cannot serve (a malformed address) still gives a runtime, so
    /// the catalogue builds; its probe reports the problem and opening a session throws it.
    /// </summary>
    public static DockerRuntime FromEnvironment(DockerTimeouts? timeouts = null) =>
        Serving(DockerEndpoint.FromEnvironment, timeouts);

    /// <summary>The engine a spec's <c>docker_host:</c> names; like <see cref="FromEnvironment"/>, a problem shows in its probe.</summary>
    public static DockerRuntime Declared(string host, DeclaredEngineSettings settings) =>
        Serving(() => settings.Endpoint(host), settings.Timeouts);

    private static DockerRuntime Serving(Func<DockerEndpoint> endpoint, DockerTimeouts? timeouts)
    {
        try
        {
            return new DockerRuntime(endpoint(), timeouts);
        }
        catch (DockerUnavailableException e)
        {
            return new DockerRuntime(e);
        }
    }

    public string Name => RuntimeNames.Docker;
    public DockerEndpoint Endpoint { get; }
    public DockerTimeouts Timeouts { get; }

    public async Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var session = await OpenAsync(cancellationToken);
            var engine = session.Engine;
            return new RuntimeProbe(Name, true, engine.EngineVersion, engine.Summary) { Facts = engine.ProvenanceFacts };
        }
        catch (DockerUnavailableException e)
        {
            return new RuntimeProbe(Name, false, "", e.Message);
        }
    }

    /// <summary>
    /// <c>lab clean</c>: removes the ssh tunnels a killed lab left, then every container and image labelled
    /// <c>blog.lab</c>, whatever run made it. An engine that does not answer is a <see cref="DockerUnavailableException"/>
    /// (it may still hold leftovers).
    /// </summary>
    public async Task<IReadOnlyList<string>> CleanLeftoversAsync(CancellationToken cancellationToken)
    {
        // First: the session opened next may be a tunnel of its own.
        var tunnels = await SshTunnel.RemoveLeftoversAsync(cancellationToken);
        using var session = await OpenAsync(cancellationToken);
        var removed = await new LabCleaner(session).CleanAsync(null, cancellationToken);
        return [
            .. tunnels,
            .. removed.Containers.Select(id => $"container {(id.Length > 12 ? id[..12] : id)} on {session.Engine.HostName}"),
            .. removed.Images.Select(tag => $"image {tag} on {session.Engine.HostName}"),
        ];
    }

    /// <summary>The containers run <paramref name="runId"/> made that the engine still has (found by the run's label).</summary>
    public async Task<IReadOnlyList<string>> FindRunLeftoversAsync(string runId, CancellationToken cancellationToken)
    {
        using var session = await OpenAsync(cancellationToken);
        var found = await new LabCleaner(session).FindAsync(runId, cancellationToken);
        return found.Containers.Select(id => $"container {(id.Length > 12 ? id[..12] : id)} on {session.Engine.HostName}").ToList();
    }

    public async Task<IContainerBench> OpenBenchAsync(string runId, CancellationToken cancellationToken) =>
        await DockerWorkbench.OpenAsync(this, runId, cancellationToken);

    public IContainerCommands Commands => DockerBench.Instance;

    public Task PrepareCommandsAsync(bool idleContainer, CancellationToken cancellationToken) =>
        DockerBench.PrepareAsync(this, idleContainer, cancellationToken);

    /// <summary>A session for one experiment run (dispose it at the end); throws <see cref="DockerUnavailableException"/>.</summary>
    public Task<DockerSession> OpenAsync(CancellationToken cancellationToken) =>
        _misconfigured is not null
            ? Task.FromException<DockerSession>(_misconfigured)
            : DockerSession.OpenAsync(Endpoint, Timeouts, cancellationToken);
}
