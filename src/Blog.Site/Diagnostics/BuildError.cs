namespace Blog.Site.Diagnostics;

/// <summary>A position in a source file; line and column are 1-based, 0 when unknown.</summary>
public readonly record struct SourcePosition(string Path, int Line = 0, int Column = 0)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";

    public SourcePosition Offset(int lines) => this with { Line = Line + lines };
}

public enum Severity { Error, Warning }

/// <summary>One problem found in the input, printed as <c>path:line:col: message</c>.</summary>
public sealed record BuildError(SourcePosition Position, string Message, Severity Severity = Severity.Error)
{
    public override string ToString() =>
        Severity == Severity.Warning ? $"{Position}: warning: {Message}" : $"{Position}: {Message}";
}

/// <summary>Thrown by a stage when the input cannot be built; carries every error found, not just the first.</summary>
public sealed class BuildFailedException(IReadOnlyList<BuildError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<BuildError> Errors { get; } = errors;

    public BuildFailedException(BuildError error) : this([error]) { }
}
