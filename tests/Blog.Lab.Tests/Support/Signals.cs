using System.Runtime.InteropServices;

namespace Blog.Lab.Tests.Support;

/// <summary>Sends a POSIX signal to one process by its id (.NET's Process can only kill).</summary>
internal static class Signals
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static void Send(int processId, int signal)
    {
        if (Kill(processId, signal) != 0)
            throw new InvalidOperationException($"kill({processId}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int sig);
}
