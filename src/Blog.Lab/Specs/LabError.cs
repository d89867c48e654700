namespace Blog.Lab.Specs;

/// <summary>One problem in the lab's input, printed as <c>path:line:col: message</c> (line and column 1-based, 0 when unknown).</summary>
public sealed record LabError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}:{Line}:{Column}: {Message}";
}

/// <summary>The specs could not be loaded; carries every error found, not just the first.</summary>
public sealed class SpecException(IReadOnlyList<LabError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<LabError> Errors { get; } = errors;
}
