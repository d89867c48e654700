using Fluid;

namespace Blog.Site.Rendering.Liquid.Tags;

/// <summary>
/// HTML that Liquid tags produce in a Markdown document and Markdown must not touch (a highlighted block has blank
/// lines, which would end a CommonMark HTML block). The tag writes a marker comment; the HTML goes back in after
/// Markdown. One per render, kept in the render's context.
/// </summary>
internal sealed class ProtectedHtml
{
    private const string Key = "blog.protected-html";
    private const string Prefix = "<!--blog-protected-";
    private readonly List<string> _blocks = [];

    public static void Begin(TemplateContext context) => context.AmbientValues[Key] = new ProtectedHtml();

    public static ProtectedHtml? Of(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var value) ? value as ProtectedHtml : null;

    /// <summary>What a tag writes: the HTML itself outside Markdown, a marker inside.</summary>
    public static string Protect(TemplateContext context, string html)
    {
        var protectedHtml = Of(context);
        if (protectedHtml is null) return html;
        protectedHtml._blocks.Add(html);
        return $"{Prefix}{protectedHtml._blocks.Count - 1}-->";
    }

    public string Restore(string html)
    {
        if (_blocks.Count == 0) return html;
        for (var i = _blocks.Count - 1; i >= 0; i--)
        {
            var marker = $"{Prefix}{i}-->";
            // Markdown may have wrapped an inline marker in a paragraph of its own.
            html = html.Replace($"<p>{marker}</p>", _blocks[i], StringComparison.Ordinal)
                       .Replace(marker, _blocks[i], StringComparison.Ordinal);
        }
        return html;
    }
}
