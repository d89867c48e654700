namespace Blog.Lab.Runtimes;

/// <summary>
/// Writes commands for POSIX sh and for hyperfine's <c>-N</c> (no shell: the line is only split into words).
/// A word holding <c>$LAB_WORK</c> is double-quoted, so it stays one word after the placeholder is replaced
/// by a path; anything that needs a real shell (pipes, background jobs, loops) goes through <see cref="Script"/>.
/// </summary>
public static class ShellWords
{
    public static string Line(IEnumerable<string> words) => string.Join(' ', words.Select(Word));

    public static string Word(string word)
    {
        if (word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@".Contains(c))) return word;
        if (word.Contains('$') && !word.Any(c => c is '"' or '\\' or '`')) return '"' + word + '"';
        return Quote(word);
    }

    /// <summary><c>sh -c '…'</c>: a shell script as one command that runs with or without a shell in front.</summary>
    public static string Script(string script) => "sh -c " + Quote(script);

    /// <summary>A shell word holding <paramref name="text"/> as is, in single quotes.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
