using System.Diagnostics;
using System.Text;

namespace Blog.Lab.Runtimes;

/// <summary>A program and its arguments, run without a shell.</summary>
public sealed record ProcessCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public ProcessCommand(string fileName, params string[] arguments) : this(fileName, (IReadOnlyList<string>)arguments) { }

    public override string ToString() => string.Join(' ', new[] { FileName }.Concat(Arguments).Select(Quote));

    private static string Quote(string a) =>
        a.Length > 0 && a.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@".Contains(c)) ? a : "'" + a.Replace("'", "'\\''") + "'";
}

/// <summary>What a finished process left: its exit code and its output.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Starts child processes for the lab. Every process started here is killed with its whole tree when the
/// caller's token is cancelled (timeout, Ctrl+C) or when its <see cref="RunningProcess"/> is disposed.
/// </summary>
public static class ChildProcess
{
    /// <summary>Runs to the end and captures stdout and stderr.</summary>
    public static async Task<ProcessResult> RunAsync(ProcessCommand command, CancellationToken cancellationToken)
    {
        await using var running = Start(command, captureOutput: true);
        var stdout = running.Process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = running.Process.StandardError.ReadToEndAsync(cancellationToken);
        await running.WaitForExitAsync(cancellationToken);
        return new ProcessResult(running.Process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// Starts a process (fork/exec) and hands it back; dispose it to kill and reap it if it still runs.
    /// Without <paramref name="captureOutput"/> it shares the lab's standard streams: no pipes to create and
    /// drain while it is timed (the programs timed print nothing; an error message still reaches the terminal).
    /// </summary>
    public static RunningProcess Start(ProcessCommand command, bool captureOutput = false)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = captureOutput,
            RedirectStandardOutput = captureOutput,
            RedirectStandardError = captureOutput,
        };
        if (captureOutput)
        {
            info.StandardOutputEncoding = Encoding.UTF8;
            info.StandardErrorEncoding = Encoding.UTF8;
        }
        foreach (var a in command.Arguments) info.ArgumentList.Add(a);
        if (command.WorkingDirectory is not null) info.WorkingDirectory = command.WorkingDirectory;
        foreach (var (k, v) in command.Environment) info.Environment[k] = v;

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command.FileName}");
        return new RunningProcess(process, command);
    }
}

/// <summary>A started child process; disposing it kills the whole tree if it is still running.</summary>
public sealed class RunningProcess : IAsyncDisposable
{
    internal RunningProcess(Process process, ProcessCommand command)
    {
        Process = process;
        Command = command;
    }

    public Process Process { get; }
    public ProcessCommand Command { get; }
    public int Id => Process.Id;

    /// <summary>Waits for the exit; on cancellation kills the tree first, then rethrows.</summary>
    public async Task WaitForExitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw;
        }
    }

    /// <summary>Kills the process and all its descendants, and reaps it.</summary>
    public async Task KillAsync()
    {
        DotnetLeftovers? leftovers = null;
        try
        {
            if (!Process.HasExited)
            {
                // Only a process killed here leaves them; one that ended on its own (most) is not looked at.
                leftovers = DotnetLeftovers.Of(Process.Id, Command);
                Process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing left to kill.
            leftovers = null;
        }
        using var reap = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await Process.WaitForExitAsync(reap.Token); } catch (OperationCanceledException) { }
        if (Process.HasExited) leftovers?.Remove();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Process.Dispose();
    }
}

/// <summary>
/// The files a .NET process makes in its temporary folder for debuggers and diagnostics tools
/// (<c>clr-debug-pipe-PID-KEY-in/out</c>, <c>dotnet-diagnostic-PID-KEY-socket</c>, KEY being its start time since boot),
/// which the runtime removes only when the process ends on its own: the lab's idle .NET program is killed once
/// measured, and each run left three more in /tmp. Named by the process's id and start time, they are its alone.
/// </summary>
internal sealed record DotnetLeftovers(string Folder, string Prefix)
{
    /// <summary>The leftovers a process would leave, read while it runs (its start time is gone once it is reaped); null if it has ended.</summary>
    public static DotnetLeftovers? Of(int processId, ProcessCommand command)
    {
        try
        {
            // /proc/PID/stat: the start time is the 22nd field, the 20th after the ')' that ends the command's name.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var folder = command.Environment.GetValueOrDefault("TMPDIR") ?? Path.GetTempPath();
            return new DotnetLeftovers(folder, $"{processId}-{fields[19]}-");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public void Remove()
    {
        foreach (var name in (string[])[$"clr-debug-pipe-{Prefix}in", $"clr-debug-pipe-{Prefix}out", $"dotnet-diagnostic-{Prefix}socket"])
        {
            try { File.Delete(Path.Combine(Folder, name)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* not ours to remove after all */ }
        }
    }
}
