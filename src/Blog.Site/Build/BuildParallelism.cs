namespace Blog.Site.Build;

/// <summary>How wide a build's parallel stages run: one task per core, cancelled with the build.</summary>
internal static class BuildParallelism
{
    public static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
}
