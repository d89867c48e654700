using Blog.Lab.Experiments;

namespace Blog.Lab.Runtimes.Qemu.Guest;

/// <summary>What the guest does once it reached userspace, chosen on the kernel command line (<c>labthen=</c>).</summary>
public enum AfterBoot
{
    /// <summary>Idle, reading commands from the serial console (<c>cpu</c>, <c>off</c>): idle memory, density, the CPU workload.</summary>
    AwaitCommands,
    /// <summary>Power off at once: a command that exits right after the marker (equivalent commands, the KVM check).</summary>
    PowerOff,
    /// <summary>Run the CPU workload once, print its time, power off (the equivalent command of the workload).</summary>
    RunWorkloadThenPowerOff,
}

/// <summary>
/// The guest's <c>/init</c>, PID 1 of the lab's guest, and the lines it prints on the serial console.
/// The kernel hands command-line words it does not know (such as <c>labthen=off</c>) to init as environment
/// variables, so one initramfs serves every experiment.
/// </summary>
public static class GuestInit
{
    /// <summary>First line userspace prints, with the guest's own uptime: <c>BLOG-LAB-USERSPACE uptime=4.88</c>.</summary>
    public const string UserspaceMarker = "BLOG-LAB-USERSPACE";
    /// <summary><c>BLOG-LAB-KERNEL 6.1.0-56-amd64</c>: <c>uname -r</c> inside the guest.</summary>
    public const string KernelMarker = "BLOG-LAB-KERNEL";
    /// <summary><c>BLOG-LAB-CPU start=12.34 end=40.12</c>: guest uptime before and after the workload.</summary>
    public const string WorkloadMarker = "BLOG-LAB-CPU";
    /// <summary>Printed when init waits for the next console command.</summary>
    public const string ReadyMarker = "BLOG-LAB-READY";

    public const string RunWorkloadCommand = "cpu";
    public const string PowerOffCommand = "off";

    /// <summary>The kernel command-line word that selects <paramref name="then"/>.</summary>
    public static string KernelArgument(AfterBoot then) => "labthen=" + then switch
    {
        AfterBoot.PowerOff => "off",
        AfterBoot.RunWorkloadThenPowerOff => "cpu",
        _ => "wait",
    };

    /// <summary>The init script, running <paramref name="workload"/> (a <c>busybox sh -c</c> script) on request.</summary>
    public static string Script(string workload = CpuWorkload.Script)
    {
        if (workload.Contains('\''))
            throw new ArgumentException("the guest workload is put in single quotes and cannot contain one", nameof(workload));

        // Why each line is there:
        // - busybox-static is the whole userland: one static binary, no libc or loader needed in the image;
        //   applets are called through it explicitly, so the image needs no symlinks.
        // - /proc first, because the marker carries the guest's uptime (kernel clock since it started), then the
        //   marker at once, so "boot to userspace" ends as early as userspace can speak; /sys comes after.
        // - uname -r shows the guest runs its own kernel, not the host's.
        // - The workload is timed by the guest's clock (/proc/uptime, 10 ms steps) around the same busybox loop
        //   the host runs natively.
        // - poweroff -f halts without an init system; with -no-reboot and panic=-1 QEMU then exits.
        // - Otherwise init idles in `read` on the console (the guest CPU halts), so the host can measure the
        //   idle VM and send it commands through QEMU's stdin; with no stdin left (a shell's background job),
        //   it idles in sleep instead of exiting, since PID 1 exiting panics the kernel.
        return $$"""
            #!/bin/busybox sh
            b=/bin/busybox
            $b mount -t proc proc /proc
            read up idle < /proc/uptime
            echo "{{UserspaceMarker}} uptime=$up"
            echo "{{KernelMarker}} $($b uname -r)"
            $b mount -t sysfs sysfs /sys

            workload() {
              read start idle < /proc/uptime
              $b sh -c '{{workload}}'
              read end idle < /proc/uptime
              echo "{{WorkloadMarker}} start=$start end=$end"
            }

            case "$labthen" in
              off) $b poweroff -f ;;
              cpu) workload; $b poweroff -f ;;
            esac
            while echo "{{ReadyMarker}}" && read command; do
              case "$command" in
                {{RunWorkloadCommand}}) workload ;;
                {{PowerOffCommand}}) $b poweroff -f ;;
              esac
            done
            while :; do $b sleep 3600; done
            """ + "\n";
    }
}
