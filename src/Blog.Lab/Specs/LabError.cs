namespace Blog.Lab.Specs;

/// <summary>One problem in the lab's input, printed as <c>path:line:col: message</c> (line and column 1-based, 0 when unknown).</summary>
public sealed record LabError(string Path, int Line, int Column, string Message)
{
    /// <remarks>Control characters quoted from the input (line breaks, escapes) are shown escaped, so an error stays one line.</remarks>
    public override string ToString() => $"{Path}:{Line}:{Column}: {OneLine(Message)}";

    private static string OneLine(string message) =>
        message.Any(char.IsControl)
            ? string.Concat(message.Select(c => char.IsControl(c) ? c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\u{(int)c:X4}" } : c.ToString()))
            : message;
}

/// <summary>The specs could not be loaded; carries every error found, not just the first.</summary>
public sealed class SpecException(IReadOnlyList<LabError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<LabError> Errors { get; } = errors;
}
