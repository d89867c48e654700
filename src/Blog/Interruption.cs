using System.Runtime.InteropServices;

namespace Blog.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM (what <c>kill</c>, systemd and CI send) cancel the token instead of killing the
/// process, so the lab can remove its containers and VMs and the build its staging folder. <see cref="ExitCode"/>
/// turns a command's code into the shell's code for the signal (128 + its number: 130, 143), so a caller can tell
/// how it ended.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    public Interruption()
    {
        _registrations = [On(PosixSignal.SIGINT, SigInt), On(PosixSignal.SIGTERM, SigTerm)];
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code to return: <paramref name="code"/>, or the signal's when one interrupted the command (said on stderr).</summary>
    public int ExitCode(int code)
    {
        var signal = Volatile.Read(ref _signal);
        if (signal == 0) return code;
        Console.Error.WriteLine($"interrupted by {(signal == SigInt ? "SIGINT" : "SIGTERM")}: stopped after cleaning up");
        return 128 + signal;
    }

    private PosixSignalRegistration On(PosixSignal signal, int number) => PosixSignalRegistration.Create(signal, context =>
    {
        context.Cancel = true; // no default action: the command unwinds through its cleanup instead
        Interlocked.CompareExchange(ref _signal, number, 0);
        _cancel.Cancel();
    });

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }
}
