using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Typography;

/// <summary>
/// kramdown reads <c>&lt;&lt;</c> as a guillemet before it tries HTML, so <c>&lt;&lt;x&gt;&gt;</c> is «x», not a
/// <c>&lt;x&gt;</c> tag between brackets. This keeps <c>&lt;&lt;</c> as text for <see cref="TypographyPass"/>.
/// </summary>
internal sealed class GuillemetGuard : InlineParser
{
    public GuillemetGuard() => OpeningCharacters = ['<'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '<') return false;
        var start = slice.Start;
        processor.Inline = new LiteralInline("<<")
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = start + 2;
        return true;
    }
}
