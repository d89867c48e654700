namespace Blog.Lab.Runtimes.Qemu;

/// <summary>A QEMU process carrying a lab VM name.</summary>
public sealed record LabVmProcess(int ProcessId, string Name);

/// <summary>
/// Finds and kills lab VMs a hard-killed lab left running, by the <c>-name blog-lab-…</c> in their command line
/// (<c>/proc/&lt;pid&gt;/cmdline</c>). Normal runs never need it: every VM is killed when its experiment ends.
/// </summary>
public static class LeftoverVms
{
    /// <summary>Running QEMU processes whose VM name starts with <paramref name="namePrefix"/> (default: any lab VM).</summary>
    public static async Task<IReadOnlyList<LabVmProcess>> FindAsync(string namePrefix, CancellationToken cancellationToken)
    {
        var found = new List<LabVmProcess>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string[] argv;
            try
            {
                argv = (await File.ReadAllTextAsync(Path.Combine(dir, "cmdline"), cancellationToken)).Split('\0');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // it exited while we looked
            }
            if (argv.Length == 0 || !Path.GetFileName(argv[0]).StartsWith("qemu-system", StringComparison.Ordinal)) continue;
            var name = VmName(argv);
            if (name is not null && name.StartsWith(namePrefix, StringComparison.Ordinal)) found.Add(new LabVmProcess(pid, name));
        }
        return found;
    }

    /// <summary>Kills the lab VMs whose name starts with <paramref name="namePrefix"/>; returns one line per VM killed.</summary>
    public static async Task<IReadOnlyList<string>> KillAsync(string namePrefix, CancellationToken cancellationToken)
    {
        var killed = new List<string>();
        foreach (var vm in await FindAsync(namePrefix, cancellationToken))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(vm.ProcessId);
                process.Kill(entireProcessTree: true);
                killed.Add($"VM {vm.Name} (QEMU pid {vm.ProcessId})");
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Gone between the scan and the kill.
            }
        }
        return killed;
    }

    /// <summary>The value of <c>-name</c> (<c>-name foo</c> or <c>-name guest=foo,...</c>), if any.</summary>
    private static string? VmName(string[] argv)
    {
        var i = Array.IndexOf(argv, "-name");
        if (i < 0 || i + 1 >= argv.Length) return null;
        var value = argv[i + 1];
        if (value.StartsWith("guest=", StringComparison.Ordinal)) value = value["guest=".Length..];
        return value.Split(',')[0];
    }
}
