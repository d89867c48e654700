using Blog.Lab.Runtimes.Guest;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>
/// Decides between KVM and TCG by trying, not by looking: a /dev/kvm that exists and opens (even one where
/// KVM_CREATE_VM succeeds) can still be unable to run a Linux guest, as under some nested hypervisors, where the
/// guest stalls in early boot. So the lab's own guest is booted under KVM; only if it reaches userspace in time
/// is KVM used. Anything else falls back to TCG, with the reason recorded.
/// </summary>
public sealed class AcceleratorCheck(string binary, GuestImage image, TimeSpan timeout)
{
    private const string KvmDevice = "/dev/kvm";

    public async Task<Accelerator> DetectAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(KvmDevice))
            return Accelerator.TcgBecause($"{KvmDevice} does not exist");
        try
        {
            await using var device = new FileStream(KvmDevice, FileMode.Open, FileAccess.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Accelerator.TcgBecause($"{KvmDevice} cannot be opened ({e.Message})");
        }

        var launch = new VmLaunch(binary, image.KernelPath, image.InitramfsPath, Accelerator.Kvm,
            LabVmName.For("kvm-check-" + Guid.NewGuid().ToString("N")[..6])) { Then = AfterBoot.PowerOff };
        try
        {
            await using var vm = await GuestVm.BootAsync(launch, timeout, cancellationToken);
            return Accelerator.KvmBecause(
                $"{KvmDevice} works: a guest under KVM reached userspace in {vm.Boot.WallToUserspace.TotalSeconds:0.##}s");
        }
        catch (VmBootTimeoutException)
        {
            return Accelerator.TcgBecause(
                $"{KvmDevice} opens, but a guest under KVM did not reach userspace within {timeout.TotalSeconds:0}s (KVM unusable here, e.g. nested virtualization)");
        }
        catch (QemuExitedException e)
        {
            return Accelerator.TcgBecause($"{KvmDevice} opens, but QEMU cannot use KVM: {e.Message}");
        }
        catch (GuestKernelPanicException e)
        {
            return Accelerator.TcgBecause($"{KvmDevice} opens, but the guest panicked under KVM: {e.PanicLine}");
        }
    }
}
