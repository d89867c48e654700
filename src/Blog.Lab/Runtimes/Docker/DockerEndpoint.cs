namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// Where the Docker engine answers, read like every Docker client reads it: <c>DOCKER_HOST</c>
/// (<c>unix://</c>, <c>tcp://</c>, <c>ssh://user@host[:port]</c>; default <c>unix:///var/run/docker.sock</c>) and
/// <c>DOCKER_API_VERSION</c> (absent: the engine's own version, so old and new engines both answer).
/// </summary>
public sealed record DockerEndpoint(Uri Uri, Version? ApiVersion)
{
    public const string DefaultHost = "unix:///var/run/docker.sock";

    /// <summary>Whether the engine runs on this machine, so its host's /proc is ours to compare with.</summary>
    public bool IsLocal => Uri.Scheme == "unix";

    /// <summary>Reached through an <see cref="SshTunnel"/>.</summary>
    public bool IsSsh => Uri.Scheme == "ssh";

    /// <summary>Extra arguments for the ssh client (e.g. <c>-F config</c>); none by default, so the user's ssh configuration applies.</summary>
    public IReadOnlyList<string> SshArguments { get; init; } = [];

    public override string ToString() => Uri.Scheme switch
    {
        "unix" => "unix://" + Uri.AbsolutePath,
        "ssh" => $"ssh://{(Uri.UserInfo.Length > 0 ? Uri.UserInfo + "@" : "")}{Uri.Host}{(Uri.IsDefaultPort || Uri.Port < 0 ? "" : ":" + Uri.Port)}",
        _ => Uri.ToString(),
    };

    public static DockerEndpoint FromEnvironment() =>
        Parse(Environment.GetEnvironmentVariable("DOCKER_HOST"),
              Environment.GetEnvironmentVariable("DOCKER_API_VERSION"),
              Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY"));

    /// <summary>Reads the three variables' values; throws <see cref="DockerUnavailableException"/> for what cannot be served.</summary>
    public static DockerEndpoint Parse(string? dockerHost, string? apiVersion = null, string? tlsVerify = null)
    {
        var host = string.IsNullOrWhiteSpace(dockerHost) ? DefaultHost : dockerHost.Trim();
        Version? version = null;
        if (!string.IsNullOrWhiteSpace(apiVersion) && !Version.TryParse(apiVersion.Trim(), out version))
            throw new DockerUnavailableException($"DOCKER_API_VERSION={apiVersion} is not a version such as 1.41");
        return TryParse(host, version, tlsVerify, out var endpoint, out var problem)
            ? endpoint
            : throw new DockerUnavailableException($"DOCKER_HOST={host}{problem}");
    }

    /// <summary>
    /// An engine address as <c>DOCKER_HOST</c> or a spec's <c>docker_host</c> writes it. When it cannot be served,
    /// <paramref name="problem"/> says why, written to follow the address (" is not an address such as ...").
    /// </summary>
    public static bool TryParse(string host, Version? apiVersion, string? tlsVerify, out DockerEndpoint endpoint, out string problem)
    {
        endpoint = null!;
        problem = "";
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri))
        {
            problem = " is not an address such as unix:///var/run/docker.sock or tcp://host:2375";
            return false;
        }
        switch (uri.Scheme)
        {
            case "unix" when uri.AbsolutePath.Length > 1:
                endpoint = new DockerEndpoint(uri, apiVersion);
                return true;
            case "unix":
                problem = ": a unix address names the engine's socket, e.g. unix:///var/run/docker.sock";
                return false;
            case "tcp" or "http" when !string.IsNullOrEmpty(tlsVerify):
                problem = " with DOCKER_TLS_VERIFY: the lab does not speak TLS to the engine; " +
                          "forward the engine's socket over SSH instead (see the ssh:// message)";
                return false;
            case "tcp" or "http" when uri.Host.Length == 0:
                problem = ": a tcp address is tcp://host:port";
                return false;
            case "tcp" or "http":
                // Docker.DotNet speaks plain HTTP to a tcp:// engine; the CLI's tcp:// means the same thing.
                endpoint = new DockerEndpoint(new UriBuilder(uri) { Scheme = "http" }.Uri, apiVersion);
                return true;
            case "ssh" when uri.Host.Length == 0 || uri.AbsolutePath is not ("" or "/") || uri.Query.Length > 0:
                // As the Docker CLI: user, host and port only; the engine is the host's default socket.
                problem = ": an ssh address is ssh://[user@]host[:port], with no path";
                return false;
            case "ssh":
                endpoint = new DockerEndpoint(uri, apiVersion);
                return true;
            default:
                problem = $": unsupported scheme '{uri.Scheme}' (use unix://, tcp:// or ssh://)";
                return false;
        }
    }
}
