using System.Text;

namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// Writes a token stream as Rouge's HTML formatter does: consecutive tokens of one type merged (Lexer#continue_lex),
/// <c>&amp; &lt; &gt;</c> escaped, plain text bare and every other token in <c>&lt;span class="short"&gt;</c>.
/// </summary>
internal sealed class HtmlTokenWriter(StringBuilder html)
{
    private TokenType? _pending;
    private readonly StringBuilder _pendingText = new();

    public void Write(TokenType type, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        if (!ReferenceEquals(type, _pending)) Flush();
        _pending = type;
        _pendingText.Append(text);
    }

    /// <summary>Writes the last merged token; call once at the end.</summary>
    public void Flush()
    {
        if (_pending is null) return;
        var span = _pending.ShortName.Length > 0;
        if (span) html.Append("<span class=\"").Append(_pending.ShortName).Append("\">");
        foreach (var chunk in _pendingText.GetChunks()) Escape(chunk.Span);
        if (span) html.Append("</span>");
        _pending = null;
        _pendingText.Clear();
    }

    private void Escape(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny('&', '<', '>');
            if (special < 0) { html.Append(text); return; }
            html.Append(text[..special]);
            html.Append(text[special] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" });
            text = text[(special + 1)..];
        }
    }
}
