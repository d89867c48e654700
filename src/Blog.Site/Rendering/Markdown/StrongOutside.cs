using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown;

/// <summary>kramdown reads <c>***x***</c> as <c>&lt;strong&gt;&lt;em&gt;x&lt;/em&gt;&lt;/strong&gt;</c>; CommonMark nests them the other way.</summary>
internal static class StrongOutside
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var emphasis in document.Descendants<EmphasisInline>())
        {
            if (emphasis.DelimiterCount != 1 || emphasis.FirstChild is not EmphasisInline { DelimiterCount: 2 } inner
                || inner.NextSibling is not null || inner.DelimiterChar != emphasis.DelimiterChar) continue;
            emphasis.DelimiterCount = 2;
            inner.DelimiterCount = 1;
        }
    }
}
