using Blog.Site.Content;
using Fluid;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// Renders another document's content or excerpt when a template asks for it (<c>post.content</c>), so no
/// page's HTML has to be held in memory ahead of time.
/// </summary>
internal interface IDocumentContentSource
{
    /// <param name="caller">The context of the template asking, which knows what is being rendered already.</param>
    ValueTask<string> ContentAsync(Document document, TemplateContext caller);

    ValueTask<string> ExcerptAsync(Document document, TemplateContext caller);
}
