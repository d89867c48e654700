namespace Blog.Lab.Measurement;

/// <summary>
/// Names of the provenance facts a runtime contributes through <see cref="Runtimes.RuntimeProbe.Facts"/>.
/// Pages read them as <c>lab.&lt;id&gt;.provenance.&lt;key&gt;</c>.
/// </summary>
public static class ProvenanceKeys
{
    public const string Java = "java";
    public const string Dotnet = "dotnet";
    public const string DockerEngine = "docker_engine";
    public const string DockerApi = "docker_api";
    /// <summary>The engine's host name (what the engine reports, not the address it was reached at).</summary>
    public const string DockerHost = "docker_host";
    /// <summary>The address the engine was reached at: <c>unix:///var/run/docker.sock</c>, <c>ssh://me@box</c>...</summary>
    public const string DockerEndpoint = "docker_endpoint";
    public const string Runc = "runc";
    public const string Qemu = "qemu";
    /// <summary>For example <c>KVM</c> or <c>TCG (software emulation)</c>.</summary>
    public const string Accelerator = "accelerator";
}
