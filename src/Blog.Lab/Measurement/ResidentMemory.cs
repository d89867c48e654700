using Blog.Lab.Runtimes;

namespace Blog.Lab.Measurement;

/// <summary>
/// The resident memory (VmRSS from <c>/proc/&lt;pid&gt;/status</c>) of a process once it idles: started, ready
/// (it printed its ready line, when it has one), its main thread asleep, then left alone for a settle time.
/// </summary>
public static class ResidentMemory
{
    public static async Task<double> OfIdleProcessAsync(
        ProcessCommand command, string? readyLine, TimeSpan settle, CancellationToken cancellationToken)
    {
        await using var running = ChildProcess.Start(command, captureOutput: readyLine is not null);
        if (readyLine is not null) await WaitForLineAsync(running, readyLine, cancellationToken);
        await WaitUntilAsleepAsync(running.Id, cancellationToken);
        await Task.Delay(settle, cancellationToken);
        if (running.Process.HasExited)
            throw new InvalidOperationException($"{command} exited ({running.Process.ExitCode}) before it was measured");
        return await VmRssBytesAsync(running.Id, cancellationToken);
    }

    /// <summary>VmRSS of a live process, in bytes.</summary>
    public static async Task<double> VmRssBytesAsync(int pid, CancellationToken cancellationToken)
    {
        foreach (var line in await File.ReadAllLinesAsync($"/proc/{pid}/status", cancellationToken))
        {
            // "VmRSS:	   41236 kB"
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var kib = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]);
            return kib * 1024.0;
        }
        throw new InvalidOperationException($"/proc/{pid}/status has no VmRSS (a kernel thread or a zombie?)");
    }

    private static async Task WaitForLineAsync(RunningProcess running, string expected, CancellationToken cancellationToken)
    {
        while (await running.Process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            if (line.Trim() == expected) return;
        throw new InvalidOperationException($"{running.Command} ended without printing '{expected}'");
    }

    private static async Task WaitUntilAsleepAsync(int pid, CancellationToken cancellationToken)
    {
        // /proc/<pid>/stat: "pid (comm) S ..." - the state follows the last ')'.
        while (true)
        {
            var stat = await File.ReadAllTextAsync($"/proc/{pid}/stat", cancellationToken);
            var state = stat[(stat.LastIndexOf(')') + 2)..][0];
            if (state is 'S' or 'D' or 'Z') return;
            await Task.Delay(5, cancellationToken);
        }
    }
}
