using Blog.Lab.Experiments;

namespace Blog.Lab.Runtimes;

/// <summary>The host itself: processes started with fork/exec, the baseline every other runtime is compared to.</summary>
public sealed class NativeRuntime : IRuntime
{
    public string Name => RuntimeNames.Native;

    public async Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        var kernel = (await File.ReadAllTextAsync("/proc/sys/kernel/osrelease", cancellationToken)).Trim();
        return File.Exists(CpuWorkload.HostBusybox)
            ? new RuntimeProbe(Name, true, kernel, $"Linux {kernel}")
            : new RuntimeProbe(Name, false, kernel,
                $"{CpuWorkload.HostBusybox} is missing: install busybox-static (apt-get install busybox-static)");
    }
}
