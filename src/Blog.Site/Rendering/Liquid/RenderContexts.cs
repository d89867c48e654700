using Blog.Site.Content;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid;

/// <summary>
/// Makes the context of one template render: <c>site</c> (built once per build), <c>page</c>, <c>paginator</c>, the
/// build's services and the render stack. Extension globals live in the options' scope, shared by all.
/// </summary>
internal sealed class RenderContexts(TemplateOptions options, RenderServices services, LiquidHash site, IReadOnlyList<Document> posts)
{
    public TemplateContext Create(FluidValue page, FluidValue? paginator, RenderStack stack)
    {
        var context = new TemplateContext(options);
        services.AttachTo(context);
        stack.AttachTo(context);
        context.SetValue("site", page is DocumentDrop { Document.IsPost: true } post
            ? new PageSite(site, post.Document, posts, services.Values)
            : site);
        context.SetValue("page", page);
        if (paginator is not null) context.SetValue("paginator", paginator);
        return context;
    }
}
