using Blog.Lab.Runtimes;

namespace Blog.Lab.Measurement;

/// <summary>Times a process from spawn to its reaped exit: what "start-up" means for a native program or a process VM.</summary>
public static class ProcessClock
{
    /// <summary>
    /// Milliseconds from posix_spawn to reaped exit; a non-zero exit is an error, not a sample. Completes on the
    /// calling thread (see <see cref="Spawn.Run"/>): nothing of the lab's own runs beside the measured program.
    /// </summary>
    public static Task<double> StartToExitAsync(ProcessCommand command, CancellationToken cancellationToken)
    {
        var (exitCode, elapsed) = Spawn.Run(command, cancellationToken);
        if (exitCode != 0) throw new InvalidOperationException($"{command} exited with {exitCode}");
        return Task.FromResult(elapsed.TotalMilliseconds);
    }
}
