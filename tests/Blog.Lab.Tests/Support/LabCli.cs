using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Lab.Tests.Support;

/// <summary>What the command line printed and how it exited.</summary>
internal sealed partial record CliExit(int ExitCode, string Output)
{
    /// <summary>The output with runs of whitespace made one space: the console wraps long lines where it likes.</summary>
    public string Flat => Whitespace().Replace(Output, " ");

    /// <summary>Asserts the output says <paramref name="text"/> (wrapping aside), showing all of it when it does not.</summary>
    public void AssertSays(string text) =>
        Assert.True(Flat.Contains(text, StringComparison.Ordinal), $"expected the command line to say: {text}\nit printed:\n{Output}");

    /// <summary>Asserts the exit code, showing what was printed when it differs.</summary>
    public void AssertExitCode(int expected) =>
        Assert.True(ExitCode == expected, $"exit code {ExitCode}, expected {expected}; the command line printed:\n{Output}");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>
/// The real command line (<c>dotnet Blog.dll lab ...</c>) as a child process working on a <see cref="LabSite"/>:
/// the test can watch what it starts, signal it, and read how it ended. Disposing kills it if it still runs.
/// </summary>
internal sealed class LabCli : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Task _pumps;

    private LabCli(Process process)
    {
        _process = process;
        _pumps = Task.WhenAll(PumpAsync(process.StandardOutput), PumpAsync(process.StandardError));
    }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts <c>lab <paramref name="arguments"/> --source SITE</c> with TMPDIR set to the site's temporary folder; a
    /// <c>run</c> does not wait for a quiet machine (<c>--settle-timeout 0</c>).
    /// </summary>
    public static LabCli Start(LabSite site, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        // Through env, with SIGINT's default action back: a suite started from a background job runs with SIGINT ignored
        // (the shell sets it so, and children inherit it), and .NET leaves a signal ignored at start unhandled, so the
        // interruption tests would test how the suite was started instead of the command line.
        var info = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // The suite keeps the machine busy, so a run would wait for quiet until its timeout: it looks once and goes on.
        string[] settle = arguments is ["run", ..] ? ["--settle-timeout", "0"] : [];
        foreach (var a in (string[])["--default-signal=INT", "dotnet", RepositoryFolder.BlogDll, "lab", .. arguments, .. settle, "--source", site.Source]) info.ArgumentList.Add(a);
        info.Environment["TMPDIR"] = site.Temp;
        // No diagnostics socket in TMPDIR: the test asserts the folder is left empty.
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        info.Environment["COLUMNS"] = "400";
        foreach (var (k, v) in environment) info.Environment[k] = v;
        return new LabCli(Process.Start(info) ?? throw new InvalidOperationException("env dotnet did not start"));
    }

    public void Signal(int signal) => Signals.Send(_process.Id, signal);

    /// <summary>Whether process <paramref name="pid"/> was started by this command line (its parent, from /proc/PID/stat).</summary>
    public bool IsParentOf(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": the name may hold spaces, so fields are counted after its closing parenthesis.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]) == _process.Id;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Waits for the exit; a command line that does not end within <paramref name="limit"/> is killed and fails the test.</summary>
    public async Task<CliExit> ExitAsync(TimeSpan limit)
    {
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"the command line did not exit within {limit.TotalSeconds:0}s; it printed:\n{Output}");
        }
        await _pumps;
        return new CliExit(_process.ExitCode, Output);
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
            lock (_output) _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
