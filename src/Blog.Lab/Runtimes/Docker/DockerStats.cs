using Blog.Lab.Runtimes.Containers;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>The engine's statistics of one container read as <see cref="CgroupMemory"/>; cgroup v1 and v2 name the counters differently.</summary>
public static class DockerStats
{
    public static CgroupMemory Memory(ContainerStatsResponse stats)
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
