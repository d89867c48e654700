using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;

namespace Blog.Site.Rendering.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% highlight lang [linenos] %}...{% endhighlight %}</c>, highlighted at build time and written as
/// Jekyll 4.3's tag (lib/jekyll/tags/highlight.rb) writes it with Rouge: <c>figure.highlight</c>, and for
/// <c>linenos</c> Rouge's HTMLTable formatter (a <c>rouge-table</c> with a gutter). Other options (e.g.
/// <c>mark_lines</c>) are accepted and, as in Jekyll 4.3, ignored.
/// </summary>
internal sealed partial record HighlightTag(string Language, bool LineNumbers)
{
    [GeneratedRegex("""\A([a-zA-Z0-9.+#_-]+)((?:\s+\w+(?:=(?:\w+|"(?:[0-9]+\s)*[0-9]+"))?)*)\z""")]
    private static partial Regex Syntax();

    [GeneratedRegex(@"\A[\r\n]+|[\r\n]+\z")]
    private static partial Regex OuterLineBreaks();

    /// <summary>Parses the markup; the language is lower-cased, as Jekyll does before looking up the lexer.</summary>
    public static HighlightTag Parse(string markup)
    {
        var match = Syntax().Match(markup.Trim());
        if (!match.Success)
            throw new FormatException($"syntax error in tag 'highlight' while parsing '{markup.Trim()}': valid syntax is highlight <lang> [linenos]");
        var options = match.Groups[2].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new HighlightTag(match.Groups[1].Value.ToLowerInvariant(),
            options.Any(o => o == "linenos" || o.StartsWith("linenos=", StringComparison.Ordinal)));
    }

    public static async ValueTask<Completion> RenderAsync(HighlightTag tag, IReadOnlyList<Statement> body, TextWriter writer,
        TextEncoder encoder, TemplateContext context)
    {
        var code = new StringWriter();
        foreach (var statement in body) await statement.WriteToAsync(code, encoder, context);
        var html = tag.ToHtml(OuterLineBreaks().Replace(code.ToString(), ""), RenderServices.From(context).Highlighter);
        // In a Markdown document Jekyll puts its converter's highlighter_prefix and _suffix around the block, a line break
        // each for kramdown: text right before the tag ends its paragraph, and the block stands apart.
        await writer.WriteAsync(ProtectedHtml.Of(context) is null ? html : $"\n{ProtectedHtml.Protect(context, html)}\n");
        return Completion.Normal;
    }

    public string ToHtml(string code, Highlighting.SyntaxHighlighter highlighter)
    {
        var highlighted = highlighter.Highlight(code, Language);
        if (LineNumbers) highlighted = Highlighting.RougeTable.Wrap(code, highlighted, "gutter", "code");
        var cssLanguage = Language.Replace('+', '-');
        return $"<figure class=\"highlight\"><pre><code class=\"language-{cssLanguage}\" data-lang=\"{Language}\">{Chomp(highlighted)}</code></pre></figure>";
    }

    /// <summary>Ruby's String#chomp: one trailing line break (\n, \r\n or \r) removed.</summary>
    private static string Chomp(string html) =>
        html.EndsWith("\r\n", StringComparison.Ordinal) ? html[..^2]
        : html.EndsWith('\n') || html.EndsWith('\r') ? html[..^1]
        : html;
}
