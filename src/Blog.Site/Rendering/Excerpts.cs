using System.Text;
using System.Text.RegularExpressions;
using Blog.Site.Config;
using Blog.Site.Content;

namespace Blog.Site.Rendering;

/// <summary>
/// Jekyll's excerpt text: the body up to the excerpt separator, with the body's link reference definitions
/// appended (so <c>[text][ref]</c> still resolves) and Liquid blocks cut open by the separator closed again.
/// </summary>
internal static partial class Excerpts
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "if", "unless", "for", "case", "capture", "tablerow", "comment", "raw", "highlight", "ifchanged",
    };

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:.+$", RegexOptions.Multiline)]
    private static partial Regex LinkReference();

    [GeneratedRegex(@"{%-?\s*(\w+)\s*.*?-?%}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    /// <returns>The excerpt's source text, or null when the separator is empty (Jekyll then makes no excerpt).</returns>
    public static string? Text(Document document, SiteSettings settings)
    {
        var separator = document.ExcerptSeparator ?? settings.ExcerptSeparator;
        if (separator.Length == 0) return null;
        var body = document.Body;
        var end = body.IndexOf(separator, StringComparison.Ordinal);
        if (end < 0) return body;

        var head = new StringBuilder(body, 0, end, end + 64);
        var references = LinkReference().Matches(body, end).Select(m => m.Value).ToList();
        if (references.Count > 0) head.Append("\n\n").AppendJoin("\n", references);
        CloseOpenBlocks(head);
        return head.ToString();
    }

    private static void CloseOpenBlocks(StringBuilder head)
    {
        var text = head.ToString();
        var names = LiquidTag().Matches(text).Select(m => m.Groups[1].Value).ToList();
        for (var i = names.Count - 1; i >= 0; i--)
        {
            var name = names[i];
            if (!Blocks.Contains(name)) continue;
            if (Regex.IsMatch(text, @"{%-?\s*end" + name + @"\s*-?%}")) continue;
            head.Append("\n{% end").Append(name).Append(" %}");
        }
    }
}
