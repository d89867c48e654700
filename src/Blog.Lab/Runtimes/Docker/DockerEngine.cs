using Blog.Lab.Measurement;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// The engine that measured: its versions and the host it runs on, from the engine's own <c>/version</c>
/// and <c>/info</c>, so results from several engines and hosts can be told apart.
/// </summary>
public sealed record DockerEngine(
    string Endpoint,
    string EngineVersion,
    string ApiVersion,
    string RuncVersion,
    string ContainerdVersion,
    string HostName,
    string KernelVersion,
    string OperatingSystem,
    string CgroupVersion,
    long Cpus,
    long MemoryBytes)
{
    /// <summary>A one-line description, e.g. <c>Docker 20.10.24 (API 1.41, runc 1.1.5) on vm</c>.</summary>
    public string Summary => $"Docker {EngineVersion} (API {ApiVersion}, runc {RuncVersion}, cgroup v{CgroupVersion}) on {HostName} at {Endpoint}";

    /// <summary>What every container result records about where it was measured.</summary>
    public IReadOnlyDictionary<string, string> ProvenanceFacts => new Dictionary<string, string>
    {
        [ProvenanceKeys.DockerEngine] = EngineVersion,
        [ProvenanceKeys.DockerApi] = ApiVersion,
        [ProvenanceKeys.Runc] = RuncVersion,
        [ProvenanceKeys.DockerHost] = HostName,
        [ProvenanceKeys.DockerEndpoint] = Endpoint,
        ["containerd"] = ContainerdVersion,
        ["docker_kernel"] = KernelVersion,
        ["docker_os"] = OperatingSystem,
        ["docker_cgroup"] = "v" + CgroupVersion,
        ["docker_cpus"] = Cpus.ToString(),
        ["docker_memory_bytes"] = MemoryBytes.ToString(),
    };
}
