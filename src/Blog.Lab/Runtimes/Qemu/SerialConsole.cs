using System.Diagnostics;
using System.Threading.Channels;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>One line the guest printed, and when the host read it (time since QEMU was started).</summary>
public sealed record ConsoleLine(TimeSpan At, string Text);

/// <summary>
/// The guest's serial console as QEMU relays it on stdout: every line stamped with the time it arrived, read in
/// order by whoever waits for the next marker, and a tail kept for error messages. Firmware output comes first
/// and carries terminal escapes, so markers are found inside lines rather than at their start.
/// </summary>
internal sealed class SerialConsole
{
    private const int TailLength = 30;
    private const string PanicText = "Kernel panic - not syncing";

    private readonly Channel<ConsoleLine> _lines = Channel.CreateUnbounded<ConsoleLine>(new() { SingleReader = true });
    private readonly Queue<string> _tail = new();
    private readonly Lock _tailLock = new();
    private readonly Task _pump;

    public SerialConsole(StreamReader output, Stopwatch clock)
    {
        _pump = PumpAsync(output, clock);
    }

    /// <summary>The last lines the guest printed, oldest first.</summary>
    public IReadOnlyList<string> Tail
    {
        get { lock (_tailLock) return [.. _tail]; }
    }

    /// <summary>
    /// The next line containing <paramref name="marker"/>. A kernel panic on the way, or the console closing
    /// (QEMU exited), ends the wait with an exception that says so.
    /// </summary>
    public async Task<ConsoleLine> WaitForAsync(
        string marker, string vmName, Func<Task<string>> qemuErrors, CancellationToken cancellationToken)
    {
        while (true)
        {
            ConsoleLine line;
            try
            {
                line = await _lines.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException)
            {
                throw new QemuExitedException(vmName, marker, await qemuErrors(), Tail);
            }
            if (line.Text.Contains(PanicText, StringComparison.Ordinal))
                throw new GuestKernelPanicException(vmName, line.Text[line.Text.IndexOf(PanicText, StringComparison.Ordinal)..].Trim(), Tail);
            if (line.Text.Contains(marker, StringComparison.Ordinal)) return line;
        }
    }

    /// <summary>Completes when QEMU closed its stdout (it exited).</summary>
    public Task Closed => _pump;

    private async Task PumpAsync(StreamReader output, Stopwatch clock)
    {
        try
        {
            while (await output.ReadLineAsync() is { } text)
            {
                var line = new ConsoleLine(clock.Elapsed, text);
                lock (_tailLock)
                {
                    _tail.Enqueue(text);
                    if (_tail.Count > TailLength) _tail.Dequeue();
                }
                _lines.Writer.TryWrite(line);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The process was killed while a read was pending: the console is simply over.
        }
        finally
        {
            _lines.Writer.TryComplete();
        }
    }
}
