using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// A container's memory as its cgroup counts it. <see cref="WorkingSetBytes"/> is what <c>docker stats</c>
/// shows (usage less the page cache that can be dropped); <see cref="AnonymousBytes"/> is memory only the
/// container's processes hold. cgroup v1 and v2 name the counters differently.
/// </summary>
public sealed record CgroupMemory(long UsageBytes, long WorkingSetBytes, long AnonymousBytes, long LimitBytes, int CgroupVersion)
{
    public static CgroupMemory From(ContainerStatsResponse stats)
    {
        var memory = stats.MemoryStats ?? throw new InvalidOperationException("the engine sent no memory statistics");
        var counters = memory.Stats ?? new Dictionary<string, ulong>();
        var usage = (long)(memory.Usage ?? 0);
        // v1 has total_* counters (hierarchical); v2 has plain names such as anon and inactive_file.
        var v1 = counters.ContainsKey("total_inactive_file") || counters.ContainsKey("total_rss");
        long Counter(string name) => counters.TryGetValue(name, out var v) ? (long)v : 0;
        var inactiveFile = v1 ? Counter("total_inactive_file") : Counter("inactive_file");
        var anonymous = v1 ? Counter("total_rss") : Counter("anon");
        return new CgroupMemory(usage, Math.Max(0, usage - inactiveFile), anonymous, (long)(memory.Limit ?? 0), v1 ? 1 : 2);
    }
}
