using Blog.Lab.Runtimes;

namespace Blog.Lab.Tests.Support;

/// <summary>
/// A folder made unwritable for a test, undone when disposed. The tests run as root, for whom permissions do not
/// stop a write, so the kernel does it: a read-only bind mount of the folder onto itself, or a tiny tmpfs over it
/// holding copies of its files and filled to the last byte.
/// </summary>
internal sealed class Mount : IAsyncDisposable
{
    private readonly string _folder;

    private Mount(string folder) => _folder = folder;

    /// <summary>The folder, read-only (<c>mount --bind</c>, then <c>remount,ro</c>): every write fails with EROFS.</summary>
    public static async Task<Mount> ReadOnlyAsync(string folder)
    {
        await RunAsync("mount", "--bind", folder, folder);
        var mount = new Mount(folder);
        try
        {
            await RunAsync("mount", "-o", "remount,ro,bind", folder);
            return mount;
        }
        catch
        {
            await mount.DisposeAsync();
            throw;
        }
    }

    /// <summary>The folder's files on a 64 KiB tmpfs over it, the rest taken by a filler file: every write fails with ENOSPC.</summary>
    public static async Task<Mount> FullAsync(string folder)
    {
        var files = Directory.EnumerateFiles(folder).ToDictionary(Path.GetFileName, File.ReadAllBytes);
        await RunAsync("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder);
        var mount = new Mount(folder);
        try
        {
            foreach (var (name, bytes) in files) await File.WriteAllBytesAsync(Path.Combine(folder, name!), bytes);
            await FillAsync(Path.Combine(folder, "filler"));
            return mount;
        }
        catch
        {
            await mount.DisposeAsync();
            throw;
        }
    }

    private static async Task FillAsync(string path)
    {
        var block = new byte[1024];
        await using var filler = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        try
        {
            while (true) await filler.WriteAsync(block);
        }
        catch (IOException)
        {
            // ENOSPC: the folder is full.
        }
    }

    public async ValueTask DisposeAsync() => await RunAsync("umount", _folder);

    private static async Task RunAsync(params string[] command)
    {
        var result = await ChildProcess.RunAsync(new ProcessCommand(command[0], command[1..]), CancellationToken.None);
        Assert.True(result.Succeeded, $"{string.Join(' ', command)}: {result.StandardError}");
    }
}
