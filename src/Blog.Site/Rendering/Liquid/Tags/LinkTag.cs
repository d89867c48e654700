using System.Text.Encodings.Web;
using Blog.Site.Rendering.Liquid.Filters;
using Fluid;
using Fluid.Ast;

namespace Blog.Site.Rendering.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% link path/in/source.md %}</c> and <c>{% post_url 2024-02-14-slug %}</c>: the URL (with the base
/// URL, as Jekyll 4) of a file that must exist. The target may contain <c>{{ variables }}</c>.
/// </summary>
internal sealed record LinkTag(LinkKind Kind, string Markup, string? StaticTarget, IFluidTemplate? TargetTemplate)
{
    public static LinkTag Parse(LinkKind kind, string markup, FluidParser parser)
    {
        var target = markup.Trim();
        if (target.Length == 0) throw new FormatException($"{kind.TagName()} tag needs a target: {{% {kind.TagName()} name %}}");
        if (!target.Contains("{{", StringComparison.Ordinal)) return new LinkTag(kind, markup, target, null);
        if (!parser.TryParse(target, out var template, out var error))
            throw new FormatException($"invalid {kind.TagName()} target '{target}': {error}");
        return new LinkTag(kind, markup, null, template);
    }

    public static async ValueTask<Completion> RenderAsync(LinkTag tag, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var services = RenderServices.From(context);
        // Where a document is written follows from its front matter: a link reads the listing of every document.
        SiteInput.Record(context, SiteInput.Listing);
        var target = tag.StaticTarget ?? (await tag.TargetTemplate!.RenderAsync(context, NullEncoder.Default)).Trim();
        var url = tag.Kind.Resolve(services.Urls, target) ?? throw new TagRenderException(tag.Kind.TagName(), tag.Markup, tag.Kind.NotFound(target));
        await writer.WriteAsync(UrlFilters.RelativeUrl(url, services.Settings.FilterBaseUrl));
        return Completion.Normal;
    }
}

internal enum LinkKind { Link, PostUrl }

internal static class LinkKinds
{
    public static string TagName(this LinkKind kind) => kind == LinkKind.Link ? "link" : "post_url";

    public static string? Resolve(this LinkKind kind, UrlIndex urls, string target) =>
        kind == LinkKind.Link ? urls.ForPath(target) : urls.ForPost(target);

    public static string NotFound(this LinkKind kind, string target) => kind == LinkKind.Link
        ? $"could not find document '{target}' in tag 'link' (give the path relative to the site folder, e.g. _posts/2024-02-14-slug.md)"
        : $"could not find post '{target}' in tag 'post_url' (give the post's file name without extension)";
}
