using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;

namespace Blog.Site.Rendering.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% highlight lang [linenos] %}...{% endhighlight %}</c>, highlighted at build time and written as
/// Jekyll with Rouge writes it (<c>figure.highlight</c>, a <c>rouge-table</c> with line numbers).
/// </summary>
internal sealed partial record HighlightTag(string Language, bool LineNumbers)
{
    [GeneratedRegex("""\A([a-zA-Z0-9.+#_-]+)((?:\s+\w+(?:=(?:\w+|"(?:[0-9]+\s)*[0-9]+"))?)*)\z""")]
    private static partial Regex Syntax();

    [GeneratedRegex(@"\A[\r\n]+|[\r\n]+\z")]
    private static partial Regex OuterLineBreaks();

    public static HighlightTag Parse(string markup)
    {
        var match = Syntax().Match(markup.Trim());
        if (!match.Success)
            throw new FormatException($"syntax error in tag 'highlight' while parsing '{markup.Trim()}': valid syntax is highlight <lang> [linenos]");
        var options = match.Groups[2].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new HighlightTag(match.Groups[1].Value, options.Any(o => o == "linenos" || o.StartsWith("linenos=", StringComparison.Ordinal)));
    }

    public static async ValueTask<Completion> RenderAsync(HighlightTag tag, IReadOnlyList<Statement> body, TextWriter writer,
        TextEncoder encoder, TemplateContext context)
    {
        var code = new StringWriter();
        foreach (var statement in body) await statement.WriteToAsync(code, encoder, context);
        var html = tag.ToHtml(OuterLineBreaks().Replace(code.ToString(), ""), RenderServices.From(context).Highlighter);
        await writer.WriteAsync(ProtectedHtml.Protect(context, html));
        return Completion.Normal;
    }

    public string ToHtml(string code, Highlighting.SyntaxHighlighter highlighter)
    {
        var highlighted = highlighter.Highlight(code, Language);
        if (LineNumbers) highlighted = WithLineNumbers(highlighted);
        var cssLanguage = Language.Replace('+', '-');
        return $"<figure class=\"highlight\"><pre><code class=\"language-{cssLanguage}\" data-lang=\"{Language}\">{highlighted.TrimEnd('\n')}</code></pre></figure>";
    }

    private static string WithLineNumbers(string highlighted)
    {
        var lines = highlighted.TrimEnd('\n').Split('\n').Length;
        var numbers = new StringBuilder();
        for (var i = 1; i <= lines; i++) numbers.Append(i).Append('\n');
        return "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">" + numbers +
               "</pre></td><td class=\"code\"><pre>" + highlighted.TrimEnd('\n') + "\n</pre></td></tr></tbody></table>";
    }
}
