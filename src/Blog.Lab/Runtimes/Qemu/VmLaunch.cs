using Blog.Lab.Runtimes.Guest;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>
/// One QEMU invocation: which guest, under which accelerator, with how much memory, named so <c>lab clean</c>
/// can find it. The command line is the lab's whole VM policy, in one place.
/// </summary>
public sealed record VmLaunch(string Binary, string KernelPath, string InitramfsPath, string Accelerator, string Name)
{
    public int MemoryMib { get; init; } = 256;
    public AfterBoot Then { get; init; } = AfterBoot.Idle;

    public IReadOnlyList<string> Arguments =>
    [
        // The run id in the name (visible in ps and /proc/<pid>/cmdline) is how leftovers are found.
        "-name", Name,
        "-accel", Accelerator,
        "-m", MemoryMib.ToString(),
        // No display; the guest's serial console is QEMU's stdin/stdout, the monitor is off.
        "-nographic", "-serial", "stdio", "-monitor", "none",
        // A guest reboot (or panic, with panic=-1) ends QEMU instead of looping.
        "-no-reboot",
        // No network, and no disk at all: the guest lives in RAM and vanishes with the process.
        "-nic", "none",
        "-kernel", KernelPath,
        "-initrd", InitramfsPath,
        // Kernel console on the serial port; quiet, so the console carries little more than the lab's lines;
        // panic=-1 reboots at once on a panic, which -no-reboot turns into QEMU exiting. no_timer_check skips
        // the boot-time IO-APIC timer test, which an emulated guest on a loaded host can fail ("IO-APIC + timer
        // doesn't work!" panic) only because it runs slowly.
        "-append", $"console=ttyS0 quiet panic=-1 no_timer_check {GuestInit.KernelArgument(Then)}",
    ];

    public ProcessCommand Command => new(Binary, Arguments);

    /// <summary>The command as one shell line (see <see cref="ShellWords"/>).</summary>
    public string ShellLine => ShellWords.Line([Binary, .. Arguments]);
}
