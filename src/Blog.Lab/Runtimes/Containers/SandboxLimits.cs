namespace Blog.Lab.Runtimes.Containers;

/// <summary>The resource limits of one lab container: memory (no swap on top) and the number of processes.</summary>
public sealed record SandboxLimits(long MemoryBytes, long Pids)
{
    public static SandboxLimits Default { get; } = new(64L * 1024 * 1024, 64);
}
