using Blog.Site.Rendering.Liquid.Tags;
using Fluid;

namespace Blog.Site.Rendering;

/// <summary>
/// For extension tags that write block HTML (tables, charts): in a Markdown document, Liquid runs before Markdown,
/// and CommonMark would end an HTML block at its first blank line and treat the rest as Markdown. Write
/// <c>BlockHtml.Keep(context, html)</c> instead of the HTML and it reaches the page exactly as given.
/// </summary>
public static class BlockHtml
{
    public static string Keep(TemplateContext context, string html) => ProtectedHtml.Protect(context, html);
}
