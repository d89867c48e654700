namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// Where the Docker engine answers, read like every Docker client reads it: <c>DOCKER_HOST</c>
/// (<c>unix://</c>, <c>tcp://</c>; default <c>unix:///var/run/docker.sock</c>) and <c>DOCKER_API_VERSION</c>
/// (absent: the engine's own version, so old and new engines both answer).
/// </summary>
public sealed record DockerEndpoint(Uri Uri, Version? ApiVersion)
{
    public const string DefaultHost = "unix:///var/run/docker.sock";

    /// <summary>Whether the engine runs on this machine, so its host's /proc is ours to compare with.</summary>
    public bool IsLocal => Uri.Scheme == "unix";

    public override string ToString() => Uri.Scheme == "unix" ? "unix://" + Uri.AbsolutePath : Uri.ToString();

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

        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri))
            throw new DockerUnavailableException($"DOCKER_HOST={host} is not an address such as unix:///var/run/docker.sock or tcp://host:2375");

        switch (uri.Scheme)
        {
            case "unix":
                return new DockerEndpoint(uri, version);
            case "tcp" or "http":
                if (!string.IsNullOrEmpty(tlsVerify))
                    throw new DockerUnavailableException(
                        $"DOCKER_HOST={host} with DOCKER_TLS_VERIFY: the lab does not speak TLS to the engine; " +
                        "forward the engine's socket over SSH instead (see the ssh:// message)");
                // Docker.DotNet speaks plain HTTP to a tcp:// engine; the CLI's tcp:// means the same thing.
                return new DockerEndpoint(new UriBuilder(uri) { Scheme = "http" }.Uri, version);
            case "ssh":
                // Docker.DotNet has no SSH transport (it throws SshDockerEndpointNotSupportedException); the
                // CLI's ssh:// runs `docker system dial-stdio` on the remote host, which a library cannot do.
                throw new DockerUnavailableException(
                    $"DOCKER_HOST={host}: Docker.DotNet cannot reach an engine over ssh://; forward the remote socket and " +
                    $"point DOCKER_HOST at it: ssh -fNL /tmp/remote-docker.sock:/var/run/docker.sock {uri.UserInfo}{(uri.UserInfo.Length > 0 ? "@" : "")}{uri.Host} " +
                    "&& DOCKER_HOST=unix:///tmp/remote-docker.sock");
            default:
                throw new DockerUnavailableException(
                    $"DOCKER_HOST={host}: unsupported scheme '{uri.Scheme}' (use unix:// or tcp://)");
        }
    }
}
