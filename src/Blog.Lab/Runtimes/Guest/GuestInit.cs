using Blog.Lab.Experiments;

namespace Blog.Lab.Runtimes.Guest;

/// <summary>What the guest does once it reached userspace, chosen on the kernel command line (<c>labthen=</c>).</summary>
public enum AfterBoot
{
    /// <summary>Idle until killed: idle memory, density.</summary>
    Idle,
    /// <summary>Power off at once: a command that exits right after the marker (equivalent commands, the KVM check).</summary>
    PowerOff,
    /// <summary>Run the CPU workload once, print its times, power off.</summary>
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
    /// <summary>Printed right before the workload starts, so the host can time it too.</summary>
    public const string WorkloadStartMarker = "BLOG-LAB-CPU-START";
    /// <summary><c>BLOG-LAB-CPU-END start=12.34 end=40.12</c>: guest uptime before and after the workload.</summary>
    public const string WorkloadEndMarker = "BLOG-LAB-CPU-END";

    /// <summary>The kernel command-line word that selects <paramref name="then"/>.</summary>
    public static string KernelArgument(AfterBoot then) => "labthen=" + then switch
    {
        AfterBoot.PowerOff => "off",
        AfterBoot.RunWorkloadThenPowerOff => "cpu",
        _ => "idle",
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
        // - The workload is the same busybox loop the host runs natively, timed by the guest's clock
        //   (/proc/uptime, 10 ms steps) and announced on the console so the host can time it as well.
        // - poweroff -f halts without an init system; with -no-reboot and panic=-1 QEMU then exits.
        // - Otherwise init sleeps forever (PID 1 must not exit: that panics the kernel), the guest CPU idles.
        return $$"""
            #!/bin/busybox sh
            b=/bin/busybox
            $b mount -t proc proc /proc
            read up idle < /proc/uptime
            echo "{{UserspaceMarker}} uptime=$up"
            echo "{{KernelMarker}} $($b uname -r)"
            $b mount -t sysfs sysfs /sys

            case "$labthen" in
              off) $b poweroff -f ;;
              cpu)
                echo "{{WorkloadStartMarker}}"
                read start idle < /proc/uptime
                $b sh -c '{{workload}}'
                read end idle < /proc/uptime
                echo "{{WorkloadEndMarker}} start=$start end=$end"
                $b poweroff -f ;;
            esac
            while :; do $b sleep 3600; done
            """ + "\n";
    }
}
