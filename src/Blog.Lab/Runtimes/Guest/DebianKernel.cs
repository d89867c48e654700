using System.Text.RegularExpressions;

namespace Blog.Lab.Runtimes.Guest;

/// <summary>
/// The guest kernel, taken from Debian's own packages rather than built: <c>linux-image-amd64</c> is a
/// meta-package whose dependency names the versioned kernel (<c>linux-image-6.1.0-56-amd64</c>); that package is
/// downloaded with <c>apt-get download</c> (no installation, nothing changes on the host) and unpacked with
/// <c>dpkg-deb -x</c>. Only <c>/boot/vmlinuz-*</c> is kept, cached under the package's name and version.
/// </summary>
public sealed partial class DebianKernel(string cacheDirectory)
{
    public const string MetaPackage = "linux-image-amd64";
    private const string Install = "the guest kernel comes from apt: run apt-get update, or install apt and dpkg";

    /// <summary>The cached kernel for the package apt offers now, downloading and unpacking it on first use.</summary>
    public async Task<(string Path, KernelPackage Package)> FetchAsync(CancellationToken cancellationToken)
    {
        var package = await ResolveAsync(cancellationToken);
        var folder = Path.Combine(cacheDirectory, "kernel", $"{package.Name}_{package.Version}");
        var kernel = Path.Combine(folder, "vmlinuz");
        var release = Path.Combine(folder, "release");
        if (File.Exists(kernel) && File.Exists(release))
            return (kernel, package with { Release = (await File.ReadAllTextAsync(release, cancellationToken)).Trim() });

        using var staging = CacheStagingFolder.Create(cacheDirectory);
        await DownloadAsync(package, staging.Path, cancellationToken);
        var deb = Directory.GetFiles(staging.Path, "*.deb").Single();
        var unpacked = Path.Combine(staging.Path, "x");
        await RunAsync(new ProcessCommand("dpkg-deb", "-x", deb, unpacked), cancellationToken);
        var vmlinuz = Directory.GetFiles(Path.Combine(unpacked, "boot"), "vmlinuz-*").Single();
        var kernelRelease = Path.GetFileName(vmlinuz)["vmlinuz-".Length..];

        var result = Path.Combine(staging.Path, "result");
        Directory.CreateDirectory(result);
        File.Move(vmlinuz, Path.Combine(result, "vmlinuz"));
        await File.WriteAllTextAsync(Path.Combine(result, "release"), kernelRelease + "\n", cancellationToken);
        CacheStagingFolder.Publish(result, folder);
        return (kernel, package with { Release = kernelRelease });
    }

    /// <summary>Which versioned kernel package the meta-package points at, and its version; updates apt's lists once if they are empty.</summary>
    private async Task<KernelPackage> ResolveAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var depends = await StartAsync(new ProcessCommand("apt-cache", "depends", MetaPackage), cancellationToken);
            var name = DependsLine().Match(depends.StandardOutput);
            if (name.Success)
            {
                var policy = await RunAsync(new ProcessCommand("apt-cache", "policy", name.Groups[1].Value), cancellationToken);
                var candidate = CandidateLine().Match(policy);
                if (candidate.Success && candidate.Groups[1].Value != "(none)")
                    return new KernelPackage(name.Groups[1].Value, candidate.Groups[1].Value, "");
            }
            if (attempt > 0)
                throw new InvalidOperationException($"apt knows no {MetaPackage} kernel package: {Install}");
            await RunAsync(new ProcessCommand("apt-get", "update", "-qq"), cancellationToken);
        }
    }

    private static async Task DownloadAsync(KernelPackage package, string folder, CancellationToken cancellationToken)
    {
        var download = new ProcessCommand("apt-get", "download", "-qq", $"{package.Name}={package.Version}") { WorkingDirectory = folder };
        if ((await StartAsync(download, cancellationToken)).Succeeded) return;
        // The package files moved on since the lists were read: refresh them once and try again.
        await RunAsync(new ProcessCommand("apt-get", "update", "-qq"), cancellationToken);
        await RunAsync(download, cancellationToken);
    }

    /// <summary>Runs <paramref name="command"/> and returns its output; a failure is an error naming the command.</summary>
    private static async Task<string> RunAsync(ProcessCommand command, CancellationToken cancellationToken)
    {
        var result = await StartAsync(command, cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"`{command}` failed ({result.ExitCode}): {result.StandardError.Trim()}");
        return result.StandardOutput;
    }

    private static async Task<ProcessResult> StartAsync(ProcessCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await ChildProcess.RunAsync(command, cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{command.FileName} could not be started ({e.Message}): {Install}", e);
        }
    }

    [GeneratedRegex(@"^\s*Depends:\s*(linux-image-\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex DependsLine();

    [GeneratedRegex(@"^\s*Candidate:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex CandidateLine();
}
