using System.Diagnostics;

namespace Blog.Site.Build.Session;

/// <summary>
/// Where a session's build spends its time, stage by stage, written to stderr as one line per build when the
/// environment variable <c>BLOG_TRACE</c> is set (off otherwise: a build's output stays quiet). Each stage's wall time
/// comes with the process's CPU time in it: a stage that takes as long on two cores as its work on one is not spread
/// over them.
/// </summary>
internal sealed class BuildTrace
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly List<string> _stages = [];
    private TimeSpan _last;
    private TimeSpan _lastCpu = Environment.CpuUsage.TotalTime;

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("BLOG_TRACE") is { Length: > 0 };

    /// <summary>Marks the end of a stage.</summary>
    public void Mark(string stage)
    {
        if (!Enabled) return;
        var (now, cpu) = (_clock.Elapsed, Environment.CpuUsage.TotalTime);
        _stages.Add($"{stage} {(now - _last).TotalMilliseconds:0.0} (cpu {(cpu - _lastCpu).TotalMilliseconds:0})");
        (_last, _lastCpu) = (now, cpu);
    }

    public void Write(string outcome)
    {
        if (!Enabled) return;
        // Garbage collections during the build: a full one over a large site's documents is a stage of its own.
        var collections = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - _collections[g]));
        Console.Error.WriteLine($"[trace] {outcome}: {string.Join(", ", _stages)} ms; total {_clock.Elapsed.TotalMilliseconds:0.0} ms; " +
                                $"GCs (gen0/1/2) {collections}, paused {(GC.GetTotalPauseDuration() - _paused).TotalMilliseconds:0.0} ms, " +
                                $"allocated {(GC.GetTotalAllocatedBytes() - _allocated) >> 20} MB");
    }
}
