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
    /// <summary>For a broken link, the link as found in the page, so the error can be moved to where it was written.</summary>
    public string? Link { get; init; }

    public override string ToString() =>
        Severity == Severity.Warning ? $"{Position}: warning: {OneLine(Message)}" : $"{Position}: {OneLine(Message)}";

    /// <summary>
    /// Messages quote the input (a tag's markup, a value), which may hold line breaks or terminal escapes: shown
    /// escaped, so every error stays one line an editor can jump to and nothing from the input drives the terminal.
    /// </summary>
    private static string OneLine(string message)
    {
        if (!message.Any(char.IsControl)) return message;
        var builder = new System.Text.StringBuilder(message.Length + 8);
        foreach (char c in message)
        {
            if (!char.IsControl(c)) builder.Append(c);
            else if (c == '\n') builder.Append("\\n");
            else if (c == '\r') builder.Append("\\r");
            else if (c == '\t') builder.Append("\\t");
            else builder.Append($"\\u{(int)c:X4}");
        }
        return builder.ToString();
    }
}

/// <summary>Thrown by a stage when the input cannot be built; carries every error found, not just the first.</summary>
public sealed class BuildFailedException(IReadOnlyList<BuildError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<BuildError> Errors { get; } = errors;

    public BuildFailedException(BuildError error) : this([error]) { }
}
