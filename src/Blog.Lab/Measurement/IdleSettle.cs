using Blog.Lab.Specs;

namespace Blog.Lab.Measurement;

/// <summary>
/// How long an idle process is left alone before its memory is read (spec parameter <c>settle</c>, default
/// 500ms): long enough for a VM's start-up threads (JIT, GC) to quieten, the same for every runtime.
/// </summary>
public static class IdleSettle
{
    public static readonly TimeSpan Default = TimeSpan.FromMilliseconds(500);

    public static TimeSpan Of(ExperimentSpec spec) => Duration.Parameter(spec, "settle", Default);
}
