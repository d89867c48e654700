using System.Text.RegularExpressions;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Qemu.Guest;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>
/// System VMs with QEMU. The probe checks the binary, assembles the guest (cached) and finds the accelerator
/// that really works; experiments then boot guests through <see cref="HostAsync"/>, which hands out the very
/// same finding, so the accelerator in a result's provenance is the one its numbers were measured with.
/// </summary>
public sealed partial class QemuRuntime(QemuOptions options) : IRuntime, ICleansLeftovers, IFindsRunLeftovers
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
            Facts = new Dictionary<string, string>
            {
                [ProvenanceKeys.Qemu] = host.Version,
                [ProvenanceKeys.Accelerator] = host.Accelerator.Label,
                ["accelerator_reason"] = host.Accelerator.Reason,
                ["guest_kernel_package"] = host.Image.Kernel.ToString(),
            },
        };
    }

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
