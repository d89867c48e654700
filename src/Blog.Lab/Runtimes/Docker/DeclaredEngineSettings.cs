namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// How the lab reaches the engines specs declare with <c>docker_host:</c>: the client settings every Docker client
/// applies to any address (<c>DOCKER_API_VERSION</c>, <c>DOCKER_TLS_VERIFY</c>), extra ssh client arguments (none
/// by default: the user's ssh configuration applies), and the timeouts.
/// </summary>
public sealed record DeclaredEngineSettings
{
    public string? ApiVersion { get; init; }
    public string? TlsVerify { get; init; }
    public IReadOnlyList<string> SshArguments { get; init; } = [];
    public DockerTimeouts Timeouts { get; init; } = DockerTimeouts.Default;

    public static DeclaredEngineSettings FromEnvironment() => new()
    {
        ApiVersion = Environment.GetEnvironmentVariable("DOCKER_API_VERSION"),
        TlsVerify = Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY"),
    };

    /// <summary>The endpoint at <paramref name="host"/>; throws <see cref="DockerUnavailableException"/> for what cannot be served.</summary>
    public DockerEndpoint Endpoint(string host)
    {
        Version? version = null;
        if (!string.IsNullOrWhiteSpace(ApiVersion) && !Version.TryParse(ApiVersion.Trim(), out version))
            throw new DockerUnavailableException($"DOCKER_API_VERSION={ApiVersion} is not a version such as 1.41");
        return DockerEndpoint.TryParse(host, version, TlsVerify, out var endpoint, out var problem)
            ? endpoint with { SshArguments = SshArguments }
            : throw new DockerUnavailableException($"docker_host {host}{problem}");
    }
}
