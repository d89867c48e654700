using System.Diagnostics;
using Blog.Lab.Runtimes;

namespace Blog.Lab.Measurement;

/// <summary>Times a process from fork/exec to its reaped exit: what "start-up" means for a native program or a process VM.</summary>
public static class ProcessClock
{
    /// <summary>Milliseconds from start to reaped exit; a non-zero exit is an error, not a sample.</summary>
    public static async Task<double> StartToExitAsync(ProcessCommand command, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var running = ChildProcess.Start(command);
        await running.WaitForExitAsync(cancellationToken);
        clock.Stop();
        if (running.Process.ExitCode != 0)
            throw new InvalidOperationException($"{command} exited with {running.Process.ExitCode}");
        return clock.Elapsed.TotalMilliseconds;
    }
}
