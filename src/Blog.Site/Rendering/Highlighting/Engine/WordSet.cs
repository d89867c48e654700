using System.Collections.Frozen;

namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>A lexer's word list (Rouge's <c>Set.new %w(...)</c>), for rules that look a matched word up.</summary>
internal static class WordSet
{
    /// <summary>The space-separated <paramref name="words"/>, case-sensitive.</summary>
    public static FrozenSet<string> Of(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
