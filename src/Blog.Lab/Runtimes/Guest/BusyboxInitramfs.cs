using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Blog.Lab.Runtimes.Guest;

/// <summary>
/// The guest's whole userland as an initramfs: busybox-static (one static binary, so no libc and no loader) and
/// an <c>/init</c> script, packed by GNU cpio in the <c>newc</c> format the kernel unpacks, gzip-compressed
/// (a decompressor every Debian kernel has). Owners and times are fixed, so the same inputs give the same
/// bytes; the file is cached under a hash of busybox and the script.
/// </summary>
public sealed class BusyboxInitramfs(string cacheDirectory, string busybox)
{
    private static readonly DateTime FixedTime = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The cached initramfs for <paramref name="initScript"/>, built on first use.</summary>
    public async Task<string> BuildAsync(string initScript, CancellationToken cancellationToken)
    {
        if (!File.Exists(busybox))
            throw new InvalidOperationException($"{busybox} is missing: install busybox-static (apt-get install busybox-static)");

        var target = Path.Combine(cacheDirectory, "initramfs", $"initramfs-{await KeyAsync(initScript, cancellationToken)}.cpio.gz");
        if (File.Exists(target)) return target;

        using var staging = CacheStagingFolder.Create(cacheDirectory);
        var root = Path.Combine(staging.Path, "root");
        var entries = await LayOutAsync(root, initScript, cancellationToken);
        var archive = Path.Combine(staging.Path, "initramfs.cpio");
        await PackAsync(root, entries, archive, cancellationToken);
        var compressed = archive + ".gz";
        await CompressAsync(archive, compressed, cancellationToken);
        CacheStagingFolder.Publish(compressed, target);
        return target;
    }

    /// <summary>Writes the guest's files under <paramref name="root"/> and returns their paths, parents first.</summary>
    private async Task<IReadOnlyList<string>> LayOutAsync(string root, string initScript, CancellationToken cancellationToken)
    {
        // proc and sys are mount points for init; dev is where the kernel's own /dev/console already lives.
        foreach (var dir in new[] { "bin", "proc", "sys", "dev" }) Directory.CreateDirectory(Path.Combine(root, dir));
        File.Copy(busybox, Path.Combine(root, "bin", "busybox"));
        await File.WriteAllTextAsync(Path.Combine(root, "init"), initScript, cancellationToken);
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("the lab's guests are assembled and booted on Linux");
        File.SetUnixFileMode(Path.Combine(root, "init"),
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        string[] entries = ["bin", "bin/busybox", "dev", "init", "proc", "sys"];
        foreach (var entry in entries) File.SetLastWriteTimeUtc(Path.Combine(root, entry), FixedTime);
        foreach (var dir in new[] { "bin", "dev", "proc", "sys" }) Directory.SetLastWriteTimeUtc(Path.Combine(root, dir), FixedTime);
        return entries;
    }

    private static async Task PackAsync(string root, IReadOnlyList<string> entries, string archive, CancellationToken cancellationToken)
    {
        var cpio = new ProcessCommand("cpio", "--create", "--format=newc", "--reproducible", "--owner=0:0", "--quiet", "-O", archive)
        {
            WorkingDirectory = root,
        };
        RunningProcess running;
        try
        {
            running = ChildProcess.Start(cpio, captureOutput: true);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cpio could not be started ({e.Message}): install cpio (apt-get install cpio)", e);
        }
        await using (running)
        {
            var stdout = running.Process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = running.Process.StandardError.ReadToEndAsync(cancellationToken);
            // cpio reads the names of the files to pack from stdin, one per line.
            await running.Process.StandardInput.WriteAsync(string.Join('\n', entries) + "\n");
            running.Process.StandardInput.Close();
            await running.WaitForExitAsync(cancellationToken);
            await stdout;
            if (running.Process.ExitCode != 0)
                throw new InvalidOperationException($"`{cpio}` failed ({running.Process.ExitCode}): {(await stderr).Trim()}");
        }
    }

    private static async Task CompressAsync(string source, string target, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(source);
        await using var output = File.Create(target);
        await using var gzip = new GZipStream(output, CompressionLevel.SmallestSize);
        await input.CopyToAsync(gzip, cancellationToken);
    }

    private async Task<string> KeyAsync(string initScript, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(await File.ReadAllBytesAsync(busybox, cancellationToken));
        hash.AppendData(Encoding.UTF8.GetBytes("\0" + initScript));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
