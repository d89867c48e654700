using System.Collections.Concurrent;
using Blog.Site.Build.Incremental;
using Blog.Site.Diagnostics;
using Blog.Site.Serving;

namespace Blog.Site.Tests.Serving;

/// <summary>Keeps what the serve loop would print.</summary>
public sealed class RecordingReporter : IServeReporter
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void Built(IncrementalReport report, IReadOnlyList<string> changes) => Lines.Enqueue($"built {report.Rendered.Count}");

    public void Failed(IReadOnlyList<BuildError> errors, IReadOnlyList<string> changes)
    {
        foreach (var error in errors) Lines.Enqueue(error.ToString());
    }
}
