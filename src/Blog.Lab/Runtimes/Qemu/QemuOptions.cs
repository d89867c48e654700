using Blog.Lab.Experiments;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>Where QEMU and the guest's parts are, and how long the lab gives KVM to prove it works.</summary>
public sealed record QemuOptions
{
    public string Binary { get; init; } = "qemu-system-x86_64";

    /// <summary>The guest kernel and initramfs live here between runs (never in the repository).</summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>The busybox-static binary that becomes the guest's userland (the same one the host's workload runs).</summary>
    public string Busybox { get; init; } = CpuWorkload.HostBusybox;

    /// <summary>
    /// A guest under working KVM reaches userspace in about a second; one that has not after this long is not
    /// going to (a /dev/kvm that opens but cannot run a Linux guest, as under some nested hypervisors).
    /// </summary>
    public TimeSpan KvmCheckTimeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>The guest's <c>/init</c> (see <see cref="Guest.GuestInit"/>); another one makes a guest that hangs or panics, for fault tests.</summary>
    public string GuestInitScript { get; init; } = Guest.GuestInit.Script();

    /// <summary><c>$XDG_CACHE_HOME/blog-lab/qemu</c>, else <c>~/.cache/blog-lab/qemu</c>.</summary>
    public static string DefaultCacheDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return Path.Combine(root, "blog-lab", "qemu");
    }
}
