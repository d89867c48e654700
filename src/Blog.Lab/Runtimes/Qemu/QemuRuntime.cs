using System.Text.RegularExpressions;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Runtimes.VirtualMachines;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>
/// System VMs with QEMU. The probe checks the binary, assembles the guest (cached) and finds the accelerator
/// that really works; experiments then boot guests through <see cref="HostAsync"/>, which hands out the very
/// same finding, so the accelerator in a result's provenance is the one its numbers were measured with.
/// The lab's <see cref="IVmHost"/> for QEMU: VM experiments see only that interface.
/// </summary>
public sealed partial class QemuRuntime(QemuOptions options) : IVmHost
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private QemuHost? _host;

    public QemuRuntime() : this(new QemuOptions()) { }

    public string Name => RuntimeNames.Qemu;
    public QemuOptions Options => options;

    public async Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        QemuHost host;
        try
        {
            host = await HostAsync(cancellationToken);
        }
        catch (QemuMissingException e)
        {
            return new RuntimeProbe(Name, false, "", e.Message);
        }
        catch (InvalidOperationException e)
        {
            return new RuntimeProbe(Name, false, "", $"QEMU guest cannot be prepared: {e.Message}");
        }
        return new RuntimeProbe(Name, true, host.Version, $"QEMU {host.Version}, {host.Accelerator}")
        {
            Facts = new Dictionary<string, string>(Facts(host))
            {
                ["guest_kernel_package"] = host.Image.Kernel.ToString(),
            },
        };
    }

    public async Task<VmHostFacts> DescribeAsync(CancellationToken cancellationToken)
    {
        var host = await HostAsync(cancellationToken);
        return new VmHostFacts("QEMU", host.Accelerator.Label, host.Image, Facts(host));
    }

    /// <summary>What every VM result and the probe record of QEMU: its version and the accelerator, with the reason for it.</summary>
    private static Dictionary<string, string> Facts(QemuHost host) => new()
    {
        [ProvenanceKeys.Qemu] = host.Version,
        [ProvenanceKeys.Accelerator] = host.Accelerator.Label,
        ["accelerator_reason"] = host.Accelerator.Reason,
    };

    public async Task<IVmGuest> BootAsync(VmBoot boot, CancellationToken cancellationToken)
    {
        var host = await HostAsync(cancellationToken);
        return await GuestVm.BootAsync(host.Launch(boot.RunId, boot.MemoryMib, boot.Then), boot.Timeout, cancellationToken);
    }

    /// <summary>The guest, and the detected accelerator's name in <see cref="AcceleratorFile"/>.</summary>
    public async Task PrepareWorkFilesAsync(string directory, CancellationToken cancellationToken)
    {
        var host = await HostAsync(cancellationToken);
        VmWorkFiles.CopyGuest(host.Image, directory);
        await File.WriteAllTextAsync(Path.Combine(directory, Path.GetFileName(AcceleratorFile)), host.Accelerator.Name + "\n", cancellationToken);
    }

    /// <summary>Holds the detected accelerator's name, for commands written before the lab detected it.</summary>
    public const string AcceleratorFile = Experiments.IPreparesWorkFiles.Placeholder + "/accelerator";

    /// <summary>The VM name of equivalent commands: a lab name, so <c>lab clean</c> finds them too.</summary>
    public const string EquivalentName = LabVmName.Prefix + "equivalent";

    /// <summary>
    /// The lab's launch with the copied files and the accelerator the lab detected, as a command line. Asked
    /// before the detection (<c>lab commands</c> asks first, then prepares), the command reads the accelerator
    /// from the file prepared beside the guest, through <c>sh -c</c>: QEMU's own fallback
    /// (<c>-accel kvm -accel tcg</c>) would trust a /dev/kvm that merely opens.
    /// </summary>
    public string EquivalentCommand(int memoryMib, AfterBoot then) =>
        DetectedAccelerator is null ? EquivalentScript(memoryMib, then, line => line) : LaunchLine(memoryMib, then);

    public string EquivalentScript(int memoryMib, AfterBoot then, Func<string, string> around) =>
        ShellWords.Script(around(LaunchLine(memoryMib, then)));

    private string LaunchLine(int memoryMib, AfterBoot then) =>
        new VmLaunch(options.Binary, VmWorkFiles.Kernel, VmWorkFiles.Initramfs,
            DetectedAccelerator?.Name ?? $"$(cat {AcceleratorFile})", EquivalentName)
        {
            MemoryMib = memoryMib,
            Then = then,
        }.ShellLine;

    /// <summary>QEMU's version, the working accelerator and the guest, found once per runtime instance.</summary>
    public async Task<QemuHost> HostAsync(CancellationToken cancellationToken)
    {
        await _once.WaitAsync(cancellationToken);
        try
        {
            return _host ??= await DiscoverAsync(cancellationToken);
        }
        finally
        {
            _once.Release();
        }
    }

    /// <summary>The accelerator found by an earlier probe, or null when nothing has been probed yet.</summary>
    public Accelerator? DetectedAccelerator => _host?.Accelerator;

    /// <summary>Kills every lab VM still running, whatever run started it.</summary>
    public Task<IReadOnlyList<string>> CleanLeftoversAsync(CancellationToken cancellationToken) =>
        LeftoverVms.KillAsync(LabVmName.Prefix, cancellationToken);

    /// <summary>The QEMU processes of run <paramref name="runId"/>'s VMs still running (their <c>-name</c> starts with the run's VM name).</summary>
    public async Task<IReadOnlyList<string>> FindRunLeftoversAsync(string runId, CancellationToken cancellationToken) =>
        (await LeftoverVms.FindAsync(LabVmName.For(runId), cancellationToken))
        .Select(vm => $"VM {vm.Name} (QEMU pid {vm.ProcessId})")
        .ToList();

    private async Task<QemuHost> DiscoverAsync(CancellationToken cancellationToken)
    {
        var version = await VersionAsync(cancellationToken);
        var image = await new GuestImageBuilder(options.CacheDirectory, options.Busybox).BuildAsync(options.GuestInitScript, cancellationToken);
        var accelerator = await new AcceleratorCheck(options.Binary, image, options.KvmCheckTimeout).DetectAsync(cancellationToken);
        return new QemuHost(options.Binary, version, accelerator, image);
    }

    private async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        ProcessResult result;
        try
        {
            result = await ChildProcess.RunAsync(new ProcessCommand(options.Binary, "--version"), cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new QemuMissingException(options.Binary, e);
        }
        // "QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)"
        var match = VersionLine().Match(result.StandardOutput);
        if (!result.Succeeded || !match.Success)
            throw new QemuMissingException(options.Binary, new InvalidOperationException($"`{options.Binary} --version` printed no version"));
        return match.Groups[1].Value.Trim();
    }

    [GeneratedRegex(@"QEMU emulator version (.+)")]
    private static partial Regex VersionLine();
}
