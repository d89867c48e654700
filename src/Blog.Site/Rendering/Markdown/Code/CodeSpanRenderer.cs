using Blog.Site.Rendering.Highlighting;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Code;

/// <summary>
/// Code spans as kramdown with Rouge writes them: <c>&lt;code class="language-plaintext highlighter-rouge"&gt;</c>,
/// or highlighted in the language of a <c>{: .language-x}</c> span IAL; the code escaped as Rouge escapes it (<c>&amp; &lt; &gt;</c>).
/// </summary>
internal sealed class CodeSpanRenderer(SyntaxHighlighter highlighter) : HtmlObjectRenderer<CodeInline>
{
    protected override void Write(HtmlRenderer renderer, CodeInline code)
    {
        var attributes = code.TryGetAttributes() ?? new HtmlAttributes();
        var language = CodeLanguage.FromClasses(attributes);
        renderer.Write("<code").WriteAttributes(CodeLanguage.WithRougeClasses(attributes, language ?? CodeLanguage.Plain)).Write('>');
        // Through Rouge, in its plain text lexer without a language: & < > escaped, quotes as they are.
        renderer.Write(highlighter.Highlight(code.Content, language).TrimEnd('\n'));
        renderer.Write("</code>");
    }
}
