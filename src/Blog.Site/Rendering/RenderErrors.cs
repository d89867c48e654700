using System.Collections.Concurrent;
using Blog.Site.Diagnostics;

namespace Blog.Site.Rendering;

/// <summary>
/// Reports rendering problems to the build's collector once each: the same broken template may be reached from
/// many pages (a layout, a post rendered for a listing and for itself) but is one problem to fix.
/// </summary>
internal sealed class RenderErrors(ErrorCollector collector)
{
    private readonly ConcurrentDictionary<BuildError, byte> _reported = new();

    public void Error(SourcePosition at, string message) => Report(new BuildError(at, message));

    public void Warning(SourcePosition at, string message) => Report(new BuildError(at, message, Severity.Warning));

    private void Report(BuildError error)
    {
        if (_reported.TryAdd(error, 0)) collector.Add(error);
    }
}
