namespace Blog.Lab.Runtimes.Guest;

/// <summary>Assembles (or finds in the cache) the lab guest: the Debian kernel and the busybox initramfs with the lab's init.</summary>
public sealed class GuestImageBuilder(string cacheDirectory, string busybox)
{
    public async Task<GuestImage> BuildAsync(CancellationToken cancellationToken) =>
        await BuildAsync(GuestInit.Script(), cancellationToken);

    /// <summary>The same kernel with another <c>/init</c> (tests use this for guests that hang or die).</summary>
    public async Task<GuestImage> BuildAsync(string initScript, CancellationToken cancellationToken)
    {
        var (kernel, package) = await new DebianKernel(cacheDirectory).FetchAsync(cancellationToken);
        var initramfs = await new BusyboxInitramfs(cacheDirectory, busybox).BuildAsync(initScript, cancellationToken);
        return new GuestImage(kernel, initramfs, package);
    }
}
