using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// Finds where something sits in a template's text. Fluid's syntax tree carries no positions, so problems found by
/// walking it (an unknown filter, a missing include) are placed by searching the source.
/// </summary>
internal static class SourceLocator
{
    /// <returns>1-based line and column of the first match, or (1, 1) when the text cannot be found.</returns>
    public static (int Line, int Column) Find(string source, Regex pattern)
    {
        var match = pattern.Match(source);
        return match.Success ? LineAndColumn(source, match.Index) : (1, 1);
    }

    public static (int Line, int Column) LineAndColumn(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < source.Length; i++)
        {
            if (source[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return (line, index - lineStart + 1);
    }
}
