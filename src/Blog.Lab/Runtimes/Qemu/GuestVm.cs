using System.Diagnostics;
using System.Globalization;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Runtimes.VirtualMachines;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>
/// A running QEMU process booted to the guest's userspace. Disposing it kills the process (whole tree) and reaps
/// it, whatever state it is in; a boot that fails, times out or is cancelled disposes it before throwing.
/// </summary>
public sealed class GuestVm : IVmGuest
{
    private readonly RunningProcess _process;
    private readonly SerialConsole _console;
    private readonly Task<string> _errors;
    private readonly Stopwatch _clock;

    private GuestVm(VmLaunch launch, RunningProcess process, Stopwatch clock)
    {
        Launch = launch;
        _process = process;
        _clock = clock;
        _console = new SerialConsole(process.Process.StandardOutput, clock);
        _errors = process.Process.StandardError.ReadToEndAsync();
    }

    public VmLaunch Launch { get; }
    public int ProcessId => _process.Id;
    public BootObservation Boot { get; private set; } = null!;

    /// <summary>
    /// Starts QEMU and waits for the guest's userspace marker and kernel line. Past <paramref name="bootTimeout"/>
    /// the VM is killed and a <see cref="VmBootTimeoutException"/> says so; a panic or an early QEMU exit is
    /// reported with the console's last lines.
    /// </summary>
    public static async Task<GuestVm> BootAsync(VmLaunch launch, TimeSpan bootTimeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        RunningProcess process;
        try
        {
            process = ChildProcess.Start(launch.Command, captureOutput: true);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new QemuMissingException(launch.Binary, e);
        }

        var vm = new GuestVm(launch, process, clock);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(bootTimeout);
            try
            {
                var marker = await vm.WaitForAsync(GuestInit.UserspaceMarker, deadline.Token);
                var kernel = await vm.WaitForAsync(GuestInit.KernelMarker, deadline.Token);
                vm.Boot = new BootObservation(marker.At, GuestUptime(marker.Text), AfterMarker(kernel.Text, GuestInit.KernelMarker));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new VmBootTimeoutException(launch.Name, launch.Accelerator, bootTimeout, vm._console.Tail);
            }
            return vm;
        }
        catch
        {
            await vm.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The workload's times, for a guest launched with <see cref="AfterBoot.RunWorkloadThenPowerOff"/>; then waits
    /// for QEMU to exit and returns the wall time from its start to its exit as well.
    /// </summary>
    public async Task<(GuestWorkloadTiming Workload, TimeSpan StartToExit)> RunWorkloadToExitAsync(CancellationToken cancellationToken)
    {
        var started = await WaitForAsync(GuestInit.WorkloadStartMarker, cancellationToken);
        var ended = await WaitForAsync(GuestInit.WorkloadEndMarker, cancellationToken);
        await _process.WaitForExitAsync(cancellationToken);
        var exited = _clock.Elapsed;
        // "BLOG-LAB-CPU-END start=12.34 end=40.12": guest uptime in seconds around the loop.
        var fields = AfterMarker(ended.Text, GuestInit.WorkloadEndMarker).Split(' ')
            .Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => Seconds(f[1]));
        return (new GuestWorkloadTiming(fields["end"] - fields["start"], ended.At - started.At), exited);
    }

    /// <summary>Host memory held by this VM's QEMU process (VmRSS), in bytes.</summary>
    public Task<double> ResidentBytesAsync(CancellationToken cancellationToken) =>
        ResidentMemory.VmRssBytesAsync(ProcessId, cancellationToken);

    /// <summary>The last lines the guest printed.</summary>
    public IReadOnlyList<string> ConsoleTail => _console.Tail;

    public bool HasExited => _process.Process.HasExited;

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        // The pumps end once the pipes close with the process; nothing is left reading.
        await Task.WhenAny(Task.WhenAll(_console.Closed, _errors), Task.Delay(TimeSpan.FromSeconds(5)));
    }

    private Task<ConsoleLine> WaitForAsync(string marker, CancellationToken cancellationToken) =>
        _console.WaitForAsync(marker, Launch.Name, QemuErrorsAsync, cancellationToken);

    /// <summary>QEMU's stderr once it exited (its complaint about arguments or the accelerator), waiting briefly for the pipe to drain.</summary>
    private async Task<string> QemuErrorsAsync()
    {
        await Task.WhenAny(_errors, Task.Delay(TimeSpan.FromSeconds(2)));
        var exit = _process.Process.HasExited ? $"exit code {_process.Process.ExitCode}" : "still running";
        return _errors.IsCompletedSuccessfully ? $"{exit}; {_errors.Result.Trim()}" : exit;
    }

    private static TimeSpan GuestUptime(string markerLine)
    {
        // "BLOG-LAB-USERSPACE uptime=4.88"
        var text = AfterMarker(markerLine, GuestInit.UserspaceMarker);
        return Seconds(text["uptime=".Length..]);
    }

    private static string AfterMarker(string line, string marker) =>
        line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim();

    private static TimeSpan Seconds(string text) =>
        TimeSpan.FromSeconds(double.Parse(text.Trim(), CultureInfo.InvariantCulture));
}
