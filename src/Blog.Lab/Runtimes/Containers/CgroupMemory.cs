namespace Blog.Lab.Runtimes.Containers;

/// <summary>
/// A container's memory as its cgroup counts it. <see cref="WorkingSetBytes"/> is what <c>docker stats</c>
/// shows (usage less the page cache that can be dropped); <see cref="AnonymousBytes"/> is memory only the
/// container's processes hold. Each engine reads it from its own statistics (see <c>Docker/DockerStats</c>).
/// </summary>
public sealed record CgroupMemory(long UsageBytes, long WorkingSetBytes, long AnonymousBytes, long LimitBytes, int CgroupVersion);
