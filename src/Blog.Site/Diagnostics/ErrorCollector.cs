using System.Collections.Concurrent;

namespace Blog.Site.Diagnostics;

/// <summary>
/// Collects the errors and warnings of one build, from any thread, so a stage can report every problem
/// before the build stops.
/// </summary>
public sealed class ErrorCollector
{
    private readonly ConcurrentQueue<BuildError> _items = new();

    public void Add(BuildError error) => _items.Enqueue(error);

    public void Error(SourcePosition at, string message) => Add(new BuildError(at, message));

    public void Warning(SourcePosition at, string message) => Add(new BuildError(at, message, Severity.Warning));

    public IReadOnlyList<BuildError> Errors =>
        _items.Where(e => e.Severity == Severity.Error).OrderBy(e => e.Position.Path, StringComparer.Ordinal)
              .ThenBy(e => e.Position.Line).ThenBy(e => e.Position.Column).ToList();

    public IReadOnlyList<BuildError> Warnings => _items.Where(e => e.Severity == Severity.Warning).ToList();

    public bool HasErrors => _items.Any(e => e.Severity == Severity.Error);

    /// <summary>Ends the stage when anything was wrong: the build fails with all errors gathered so far.</summary>
    public void ThrowIfAny()
    {
        if (HasErrors) throw new BuildFailedException(Errors);
    }
}
