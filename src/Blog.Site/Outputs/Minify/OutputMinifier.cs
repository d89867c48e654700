using System.Collections.Concurrent;
using Blog.Site.Diagnostics;
using WebMarkupMin.Core;

namespace Blog.Site.Outputs.Minify;

/// <summary>
/// Makes a written page or stylesheet smaller (<c>minify: true</c> or <c>--minify</c>), with WebMarkupMin: its HTML
/// minifier parses the page (so it knows <c>&lt;pre&gt;</c>, <c>&lt;textarea&gt;</c>, <c>&lt;script&gt;</c>, inline SVG
/// and comments for what they are) rather than rewriting text with patterns. Only what cannot change what a browser
/// shows or what a tool reads is done: whitespace collapsed where HTML ignores it, comments removed, embedded CSS and
/// JSON (JSON-LD) compacted. Attribute quotes and optional end tags stay (other tools read the pages), and scripts are
/// left as written: a JavaScript minifier is the one step here that could change what a page does.
/// </summary>
/// <remarks>
/// Deterministic: the same text gives the same bytes. A page the minifier cannot parse is written as rendered, with a
/// warning at the line and column of the rendered page.
/// </remarks>
internal sealed class OutputMinifier(string destination, ErrorCollector errors)
{
    // An HtmlMinifier minifies one page at a time (it locks around its parser): pages rendered in parallel each take one.
    private readonly ConcurrentBag<HtmlMinifier> _html = [];
    private readonly KristensenCssMinifier _css = new();

    /// <summary>The minified text of the output at <paramref name="outputPath"/>; other outputs' text unchanged.</summary>
    public string Minify(string outputPath, string text)
    {
        if (IsCss(outputPath)) return Result(outputPath, text, _css.Minify(text, false));
        if (!Minifies(outputPath)) return text;
        var minifier = _html.TryTake(out var free) ? free : NewHtmlMinifier();
        try
        {
            return Result(outputPath, text, minifier.Minify(text));
        }
        finally
        {
            _html.Add(minifier);
        }
    }

    private string Result(string outputPath, string text, MinificationResultBase result)
    {
        if (result.Errors.Count == 0) return result.MinifiedContent;
        foreach (var error in result.Errors)
            errors.Warning(new SourcePosition(Path.Combine(destination, outputPath), error.LineNumber, error.ColumnNumber),
                $"not minified: {error.Message} (the file is written as rendered; fix the markup there, or set minify: false)");
        return text;
    }

    private static HtmlMinifier NewHtmlMinifier() => new(new HtmlMinificationSettings
    {
        WhitespaceMinificationMode = WhitespaceMinificationMode.Medium,
        RemoveHtmlComments = true,
        // A comment-like text inside a script or a style is the script's own business.
        RemoveHtmlCommentsFromScriptsAndStyles = false,
        RemoveOptionalEndTags = false,
        AttributeQuotesRemovalMode = HtmlAttributeQuotesRemovalMode.KeepQuotes,
        EmptyTagRenderMode = HtmlEmptyTagRenderMode.NoSlash,
        RemoveRedundantAttributes = false,
        RemoveHttpProtocolFromAttributes = false,
        RemoveHttpsProtocolFromAttributes = false,
        MinifyEmbeddedCssCode = true,
        MinifyInlineCssCode = true,
        MinifyEmbeddedJsCode = false,
        MinifyInlineJsCode = false,
        MinifyEmbeddedJsonData = true,
    }, new KristensenCssMinifier(), new NullJsMinifier(), new WebMarkupMin.Core.Loggers.NullLogger());

    /// <summary>Whether the output at <paramref name="outputPath"/> is minified: a page or a stylesheet.</summary>
    public static bool Minifies(string outputPath) => IsCss(outputPath) || Build.OutputPlan.IsHtml(outputPath);

    /// <summary>Whether <paramref name="outputPath"/> is a stylesheet.</summary>
    public static bool IsCss(string outputPath) => outputPath.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
}
