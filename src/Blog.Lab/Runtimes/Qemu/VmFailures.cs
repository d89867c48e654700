namespace Blog.Lab.Runtimes.Qemu;

/// <summary>The QEMU binary is not there: says what to install.</summary>
public sealed class QemuMissingException(string binary, Exception inner)
    : InvalidOperationException(QemuMissingException.Explain(binary), inner)
{
    public static string Explain(string binary) =>
        $"QEMU not found ({binary} cannot be run): install qemu-system-x86 (apt-get install qemu-system-x86)";
}

/// <summary>The guest did not print the userspace marker in time; the VM has been killed.</summary>
public sealed class VmBootTimeoutException(string vmName, string accelerator, TimeSpan timeout, IReadOnlyList<string> tail)
    : TimeoutException($"VM {vmName} ({accelerator}) did not reach userspace within {timeout.TotalSeconds:0.#}s and was killed{Tail(tail)}")
{
    internal static string Tail(IReadOnlyList<string> tail) =>
        tail.Count == 0 ? "; the console stayed silent" : "; last console lines: " + string.Join(" | ", tail.TakeLast(5).Select(l => l.Trim()));
}

/// <summary>The guest kernel panicked (a broken kernel or initramfs, an init that exited); the VM is gone.</summary>
public sealed class GuestKernelPanicException(string vmName, string panicLine, IReadOnlyList<string> tail)
    : Exception($"VM {vmName}: the guest kernel panicked: {panicLine}{VmBootTimeoutException.Tail(tail)}")
{
    public string PanicLine { get; } = panicLine;
}

/// <summary>QEMU ended before the guest printed what the lab waited for (bad arguments, an unusable accelerator...).</summary>
public sealed class QemuExitedException(string vmName, string awaited, string qemuErrors, IReadOnlyList<string> tail)
    : Exception($"VM {vmName}: QEMU exited before the guest printed {awaited}" +
                (string.IsNullOrWhiteSpace(qemuErrors) ? "" : $": {qemuErrors.Trim()}") + VmBootTimeoutException.Tail(tail));
