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

    /// <summary>Jekyll's <c>MKDWN_LINK_REF_REGEX</c>: a definition's label (with its brackets) and the rest of its line.</summary>
    [GeneratedRegex(@"^ {0,3}(\[[^\]]+\])(:.+)$", RegexOptions.Multiline)]
    private static partial Regex LinkReference();

    [GeneratedRegex(@"{%-?\s*(\w+)\s*.*?-?%}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    /// <returns>The excerpt's source text, or null when the separator is empty (Jekyll then makes no excerpt).</returns>
    /// <remarks>
    /// As Jekyll's <c>extract_excerpt</c>: nothing is added when nothing follows the separator; else the Liquid blocks the
    /// separator cut open are closed, then the definitions after the separator whose label the excerpt uses are appended.
    /// </remarks>
    public static string? Text(Document document, SiteSettings settings)
    {
        var separator = document.ExcerptSeparator ?? settings.ExcerptSeparator;
        if (separator.Length == 0) return null;
        var body = document.Body;
        var end = body.IndexOf(separator, StringComparison.Ordinal);
        if (end < 0) return body;
        if (end + separator.Length == body.Length) return body[..end];

        var head = new StringBuilder(body, 0, end, end + 64);
        CloseOpenBlocks(head);
        var used = head.ToString();
        var definitions = LinkReference().Matches(body, end + separator.Length)
            .Where(m => used.Contains(m.Groups[1].Value, StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value + m.Groups[2].Value)
            .ToList();
        if (definitions.Count > 0) head.Append("\n\n").AppendJoin("\n", definitions);
        return head.ToString();
    }

    /// <summary>
    /// Jekyll's <c>sanctify_liquid_tags</c>: from the last block tag back, an end tag for each block whose end tag is not
    /// in the text as it is by then (an end tag appended for a later block counts for an earlier one of its name).
    /// </summary>
    private static void CloseOpenBlocks(StringBuilder head)
    {
        var names = LiquidTag().Matches(head.ToString()).Select(m => m.Groups[1].Value).ToList();
        for (var i = names.Count - 1; i >= 0; i--)
        {
            var name = names[i];
            if (!Blocks.Contains(name)) continue;
            if (Regex.IsMatch(head.ToString(), @"{%-?\s*end" + Regex.Escape(name) + @".*?\s*-?%}", RegexOptions.Singleline)) continue;
            head.Append("\n{% end").Append(name).Append(" %}");
        }
    }
}
