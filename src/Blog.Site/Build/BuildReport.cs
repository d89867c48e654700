using Blog.Site.Diagnostics;

namespace Blog.Site.Build;

/// <summary>What a successful build did, for the command line to print.</summary>
public sealed record BuildReport(
    string Destination,
    int Pages,
    int Posts,
    int StaticFiles,
    TimeSpan Elapsed,
    IReadOnlyList<BuildError> Warnings);
