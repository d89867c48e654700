using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.VirtualMachines;

namespace Blog.Lab;

/// <summary>
/// The engines the lab's experiments run on: a container engine (with the engines specs may declare for themselves)
/// and a VM host. Experiments see them only as <see cref="IContainerEngine"/> and <see cref="IVmHost"/>, so an engine
/// is a folder under <c>Runtimes/</c> implementing one of them, registered in <see cref="Default"/>: the one place
/// the lab names Docker and QEMU. Everything the catalogue does with runtimes (probes, provenance, <c>lab clean</c>,
/// the wait for a run's leftovers) then reaches the new engine too.
/// </summary>
public sealed record LabEngines(IContainerEngines Containers, IVmHost VirtualMachines)
{
    /// <summary>The registration: Docker (<c>DOCKER_HOST</c>, and <c>docker_host:</c> per spec) and QEMU.</summary>
    public static LabEngines Default() => new(DockerEngines.FromEnvironment(), new QemuRuntime());

    /// <summary>The shared runtimes these engines bring (one of each serves all its experiments, so they share its probe).</summary>
    public IEnumerable<IRuntime> Runtimes => [Containers.Shared, VirtualMachines];

    /// <summary>The engines a spec may place elsewhere with a parameter of its own (Docker's <c>docker_host:</c>).</summary>
    public IEnumerable<IDeclaredRuntimes> Declarable => new object[] { Containers, VirtualMachines }.OfType<IDeclaredRuntimes>();
}
