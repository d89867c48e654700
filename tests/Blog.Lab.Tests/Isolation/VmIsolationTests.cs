using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Tests.Qemu;

namespace Blog.Lab.Tests.Isolation;

/// <summary>
/// A lab VM has no network: QEMU is started with <c>-nic none</c> (read from the running process's command line),
/// and the guest, booted with the lab's launch, finds no network device on its PCI bus and no interface but
/// loopback. A guest given a network card the same way shows one, so the inside check does see a card when there is one.
/// </summary>
[Collection(QemuCollection.Name)]
public sealed class VmIsolationTests(QemuFixture qemu)
{
    private const string NetMarker = "BLOG-LAB-NET";
    private const string PciMarker = "BLOG-LAB-PCI";
    private const string NetworkControllerClass = "0x02"; // PCI base class 02h: network controller
    private static readonly TimeSpan BootTimeout = TimeSpan.FromMinutes(3);

    /// <summary>The lab's guest userland, looking around before it reports userspace: interfaces, then PCI device classes.</summary>
    private static readonly string InitThatLooksAround = $$"""
        #!/bin/busybox sh
        b=/bin/busybox
        $b mount -t proc proc /proc
        $b mount -t sysfs sysfs /sys
        echo "{{NetMarker}} $($b ls /sys/class/net | $b tr '\n' ' ')"
        echo "{{PciMarker}} $($b cat /sys/bus/pci/devices/*/class | $b tr '\n' ' ')"
        echo "{{GuestInit.UserspaceMarker}} uptime=0"
        echo "{{GuestInit.KernelMarker}} $($b uname -r)"
        while :; do $b sleep 3600; done
        """ + "\n";

    [Fact]
    public void The_lab_launches_every_VM_with_no_network_card()
    {
        var arguments = qemu.Host.Launch(QemuFixture.NewRunId(), 128, AfterBoot.Idle).Arguments;

        var nic = arguments.ToList().IndexOf("-nic");
        Assert.Equal("none", arguments[nic + 1]);
        Assert.DoesNotContain(arguments, a => a is "-netdev" or "-net" or "-device");
    }

    [Fact]
    public async Task Inside_a_lab_VM_there_is_no_network_device_and_no_interface_but_loopback()
    {
        var launch = await qemu.LaunchWithInitAsync(InitThatLooksAround, QemuFixture.NewRunId());
        string commandLine;
        IReadOnlyList<string> console;
        await using (var vm = await GuestVm.BootAsync(launch, BootTimeout, CancellationToken.None))
        {
            commandLine = await File.ReadAllTextAsync($"/proc/{vm.ProcessId}/cmdline");
            console = vm.ConsoleTail;
        }

        Assert.Contains("\0-nic\0none\0", commandLine);
        Assert.Equal("lo", After(console, NetMarker));
        var classes = After(console, PciMarker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(classes);
        Assert.DoesNotContain(classes, c => c.StartsWith(NetworkControllerClass, StringComparison.Ordinal));
        Assert.Empty(HostProcesses.WithArgument(launch.Name));
    }

    [Fact]
    public async Task A_guest_given_a_network_card_sees_it_on_its_PCI_bus()
    {
        var launch = await qemu.LaunchWithInitAsync(InitThatLooksAround, QemuFixture.NewRunId());
        var arguments = launch.Arguments.ToList();
        arguments[arguments.IndexOf("-nic") + 1] = "user,model=e1000";

        var classes = await PciClassesAsync(new ProcessCommand(launch.Binary, arguments));

        Assert.Contains(classes, c => c.StartsWith(NetworkControllerClass, StringComparison.Ordinal));
        Assert.Empty(HostProcesses.WithArgument(launch.Name));
    }

    /// <summary>Boots a command directly (not through the lab's launch) and reads the PCI line its guest prints.</summary>
    private static async Task<string[]> PciClassesAsync(ProcessCommand command)
    {
        using var deadline = new CancellationTokenSource(BootTimeout);
        await using var process = ChildProcess.Start(command, captureOutput: true);
        while (await process.Process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            if (line.Contains(PciMarker, StringComparison.Ordinal))
                return line[(line.IndexOf(PciMarker, StringComparison.Ordinal) + PciMarker.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Fail("the guest ended before it printed its PCI devices");
        return [];
    }

    private static string After(IReadOnlyList<string> console, string marker)
    {
        var line = console.First(l => l.Contains(marker, StringComparison.Ordinal));
        return line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim();
    }
}
