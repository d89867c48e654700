using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Attributes;

/// <summary>A span IAL, <c>*em*{: .x}</c>; applied to the element before it by <see cref="AttributePass"/>.</summary>
internal sealed class IalInline(string attributes, string source) : LeafInline
{
    public string Attributes { get; } = attributes;

    /// <summary>The IAL as written, kept as text when nothing precedes it but text (as kramdown does).</summary>
    public string Source { get; } = source;
}

/// <summary>A span extension: <c>{::comment}…{:/comment}</c> or <c>{::nomarkdown}…{:/nomarkdown}</c>.</summary>
internal sealed class ExtensionInline(string name, string body) : LeafInline
{
    public string Name { get; } = name;

    public string Body { get; } = body;
}

/// <summary>kramdown's span extensions: <c>{:…}</c> IALs and <c>{::name}…{:/name}</c> extensions.</summary>
internal sealed class AttributeSpanParser : InlineParser
{
    public AttributeSpanParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.AsSpan();
        if (!text.StartsWith("{:")) return false;
        var close = AttributeBlockParser.CloseBrace(text);
        if (close < 0) return false;
        var inner = text[2..close].ToString();
        var start = slice.Start;
        Inline inline;
        int consumed;
        if (inner.StartsWith(':'))
        {
            var header = inner[1..];
            var nameLength = AttributeBlockParser.AldNameLength(header);
            if (nameLength == 0) return false;
            var name = header[..nameLength];
            if (name is not ("comment" or "nomarkdown" or "options")) return false;
            if (header.TrimEnd().EndsWith('/'))
            {
                inline = new ExtensionInline(name, "");
                consumed = close + 1;
            }
            else
            {
                var bodyStart = start + close + 1;
                var (stop, stopLength) = AttributeBlockParser.FindStop(slice.Text, bodyStart, name, MissingEnds.Of(processor.Document));
                if (stop < 0 || stop + stopLength - 1 > slice.End) return false;
                inline = new ExtensionInline(name, slice.Text[bodyStart..stop]);
                consumed = stop + stopLength - start;
            }
        }
        else if (inner.StartsWith('/'))
        {
            return false;
        }
        else
        {
            inline = new IalInline(inner, text[..(close + 1)].ToString());
            consumed = close + 1;
        }
        inline.Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + consumed - 1));
        inline.Line = line;
        inline.Column = column;
        processor.Inline = inline;
        slice.Start = start + consumed;
        return true;
    }
}
