using Blog.Site.Content;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid;

/// <summary>
/// Makes the context of one template render: <c>site</c> (built once per build; seen through a
/// <see cref="RecordingSite"/> when the render records what it reads), <c>page</c>, <c>paginator</c>, the build's
/// services and the render stack. Extension globals live in the options' scope, shared by all.
/// </summary>
internal sealed class RenderContexts(TemplateOptions options, RenderServices services, LiquidHash site, SiteContent content)
{
    /// <summary>The members of <c>site</c> that list documents: Jekyll's, and every collection's name.</summary>
    private readonly IReadOnlySet<string> _listings =
        RecordingSite.Listings.Concat(content.Collections.Select(c => c.Settings.Label)).ToHashSet(StringComparer.Ordinal);

    public TemplateContext Create(FluidValue page, FluidValue? paginator, RenderStack stack)
    {
        var context = new TemplateContext(options);
        services.AttachTo(context);
        stack.AttachTo(context);
        var pageSite = page is DocumentDrop { Document.IsPost: true } post
            ? new PageSite(site, post.Document, content.Posts, services.Values)
            : site;
        if (stack.Reads is { } reads)
        {
            context.SetValue("site", new RecordingSite(pageSite, _listings, reads));
            // 'now' (and 'today') in a date filter is site.time too.
            var now = options.Now;
            context.Now = () =>
            {
                reads.AddInput(SiteInput.Time);
                return now();
            };
        }
        else context.SetValue("site", pageSite);
        context.SetValue("page", page);
        if (paginator is not null) context.SetValue("paginator", paginator);
        return context;
    }
}
