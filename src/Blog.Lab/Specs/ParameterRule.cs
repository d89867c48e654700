namespace Blog.Lab.Specs;

/// <summary>
/// A parameter the loader checks as it reads the spec, so a wrong value is an error where the author wrote it,
/// not a surprise at run time: allowed only on <see cref="Kinds"/>, and <see cref="Problem"/> says what is wrong
/// with a value (null: nothing).
/// </summary>
public sealed record ParameterRule(string Name, IReadOnlyCollection<string> Kinds, Func<string, string?> Problem);
