using Blog.Site.Rendering.Highlighting;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Code;

/// <summary>
/// Code spans as kramdown with Rouge writes them: <c>&lt;code class="language-plaintext highlighter-rouge"&gt;</c>,
/// or highlighted in the language of a <c>{: .language-x}</c> span IAL.
/// </summary>
internal sealed class CodeSpanRenderer(SyntaxHighlighter highlighter) : HtmlObjectRenderer<CodeInline>
{
    protected override void Write(HtmlRenderer renderer, CodeInline code)
    {
        var attributes = code.TryGetAttributes() ?? new HtmlAttributes();
        var language = CodeLanguage.FromClasses(attributes);
        renderer.Write("<code").WriteAttributes(CodeLanguage.WithRougeClasses(attributes, language ?? CodeLanguage.Plain)).Write('>');
        if (language is null) renderer.WriteEscape(code.ContentSpan);
        else renderer.Write(highlighter.Highlight(code.Content, language).TrimEnd('\n'));
        renderer.Write("</code>");
    }
}
