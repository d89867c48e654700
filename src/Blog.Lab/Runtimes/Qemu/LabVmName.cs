using System.Text.RegularExpressions;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>
/// Every lab VM is started with <c>-name blog-lab-&lt;run id&gt;</c>: the name is in the process's command line,
/// which is how <see cref="LeftoverVms"/> tells lab VMs from anyone else's QEMU.
/// </summary>
public static partial class LabVmName
{
    public const string Prefix = "blog-lab-";

    public static string For(string runId) => SafeRunId().IsMatch(runId)
        ? Prefix + runId
        : throw new ArgumentException($"run id '{runId}' must be letters, digits, '-', '_' or '.' to name a VM", nameof(runId));

    [GeneratedRegex(@"^[A-Za-z0-9._-]+$")]
    private static partial Regex SafeRunId();
}
