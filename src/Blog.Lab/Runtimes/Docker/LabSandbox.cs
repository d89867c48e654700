using System.Globalization;
using Blog.Lab.Runtimes.Containers;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// The confinement of every lab container: no network, a read-only root, no capabilities, no privilege
/// gain, memory and pids limits, and the run's labels. The same policy as engine parameters and as
/// <c>docker run</c> flags, so the equivalent shell commands measure what the lab measures.
/// </summary>
public static class LabSandbox
{
    /// <summary>Confines <paramref name="parameters"/> (also usable on parameters another client builds).</summary>
    public static void Apply(CreateContainerParameters parameters, SandboxLimits limits, string runId)
    {
        var host = parameters.HostConfig ??= new HostConfig();
        host.NetworkMode = "none";
        host.ReadonlyRootfs = true;
        host.CapDrop = ["ALL"];
        host.CapAdd = [];
        host.Privileged = false;
        host.SecurityOpt = ["no-new-privileges"];
        host.Memory = limits.MemoryBytes;
        host.MemorySwap = limits.MemoryBytes; // equal to Memory: no swap beyond the limit
        host.PidsLimit = limits.Pids;
        host.AutoRemove = false; // removed explicitly after its exit state is read (OOMKilled, exit code)
        parameters.Labels ??= new Dictionary<string, string>();
        foreach (var (key, value) in LabLabels.For(runId)) parameters.Labels[key] = value;
    }

    public static CreateContainerParameters Parameters(LabContainerSpec spec, string runId)
    {
        var parameters = new CreateContainerParameters
        {
            Name = spec.Name,
            Image = spec.Image,
            Cmd = [.. spec.Command],
            AttachStdout = false,
            AttachStderr = false,
            Tty = false,
        };
        Apply(parameters, spec.Limits, runId);
        return parameters;
    }

    /// <summary>The same confinement as <c>docker run</c> flags.</summary>
    public static string DockerRunFlags(SandboxLimits limits) => string.Create(CultureInfo.InvariantCulture,
        $"--network none --read-only --cap-drop ALL --security-opt no-new-privileges " +
        $"--memory {limits.MemoryBytes}b --memory-swap {limits.MemoryBytes}b --pids-limit {limits.Pids} --label {Experiments.LabContext.Label}=1");
}
