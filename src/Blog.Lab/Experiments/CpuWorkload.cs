namespace Blog.Lab.Experiments;

/// <summary>
/// The one CPU workload every runtime runs (natively, in a container, in a VM), so the numbers compare the
/// runtimes and not the work: a busybox shell loop counting to <see cref="Iterations"/>.
/// </summary>
public static class CpuWorkload
{
    public const int Iterations = 300_000;

    /// <summary>Where busybox-static lives on the host (Debian's busybox-static package).</summary>
    public const string HostBusybox = "/bin/busybox";

    /// <summary>The shell script given to <c>busybox sh -c</c>.</summary>
    public const string Script = "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done";

    /// <summary>The argument vector: <paramref name="busybox"/> <c>sh -c</c> <see cref="Script"/>.</summary>
    public static IReadOnlyList<string> Command(string busybox = HostBusybox) => [busybox, "sh", "-c", Script];

    /// <summary>The same command as one shell line (for hyperfine and for readers).</summary>
    public static string ShellLine(string busybox = HostBusybox) => $"{busybox} sh -c '{Script}'";
}
