using System.Text.Encodings.Web;
using Blog.Site.Config;
using Blog.Site.Extensions;
using Blog.Site.Rendering;
using Fluid;
using Fluid.Ast;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Blog.Site.Outputs.Liquid.Seo;

/// <summary>
/// Adds jekyll-seo-tag's <c>{% seo %}</c> (also <c>{% seo title=false %}</c>) and jekyll-feed's
/// <c>{% feed_meta %}</c>. Site-wide values come from the settings; page values from the template's
/// <c>page</c> and <c>paginator</c> at render time.
/// </summary>
public sealed class SeoExtension(SiteSettings site, IReadOnlyDictionary<string, object?>? siteData = null) : ISiteExtension
{
    /// <summary>kramdown as the site's Markdown is (the converter takes no setting of the site), for jekyll-seo-tag's markdownify.</summary>
    private readonly Rendering.Markdown.MarkdownConverter _markdown = new(new Rendering.Highlighting.SyntaxHighlighter());

    public const string Plugin = "jekyll-seo-tag";

    public void Register(LiquidRegistry registry)
    {
        var option = Terms.Identifier().AndSkip(Terms.Char('=')).And(Terms.Identifier())
            .Then(pair => (Name: pair.Item1.ToString(), Value: pair.Item2.ToString()))
            .When((_, o) => o.Name == "title");
        // Fluid cuts a template short, without an error, where a tag's parser fails; so anything this tag
        // does not understand is reported as a syntax error instead.
        var arguments = ZeroOrMany(option)
            .AndSkip(Not(Terms.Identifier()).ElseError("{% seo %} takes only title=false"));
        // Like Jekyll, each tag exists only when its plugin is listed: elsewhere it is an unknown tag.
        if (site.HasPlugin(Plugin)) registry.Parser.RegisterParserTag("seo", arguments, RenderSeoAsync);
        if (site.HasPlugin(Files.Feed.AtomFeed.Plugin)) registry.Parser.RegisterParserTag("feed_meta",
            Not(Terms.Identifier()).ElseError("{% feed_meta %} takes no arguments (only the posts feed exists)"),
            (_, writer, encoder, context) => RenderFeedMetaAsync(writer, encoder, context));
    }

    private async ValueTask<Completion> RenderSeoAsync(
        IReadOnlyList<(string Name, string Value)> options, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var includeTitle = !options.Any(o => o.Name == "title" && string.Equals(o.Value, "false", StringComparison.OrdinalIgnoreCase));
        var page = await ReadPageAsync(new TemplateValues(context), context);
        // Authors named by key are looked up in _data/authors.
        if (siteData is not null) SiteInput.Record(context, SiteInput.Data("authors"));
        await writer.WriteAsync(SeoMarkup.Write(SeoData.Compute(page, site, siteData, _markdown.ToHtml), includeTitle));
        return Completion.Normal;
    }

    private async ValueTask<Completion> RenderFeedMetaAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        await writer.WriteAsync(FeedMeta.Write(site));
        return Completion.Normal;
    }

    private async ValueTask<SeoPage> ReadPageAsync(TemplateValues values, TemplateContext context)
    {
        var page = context.GetValue("page");
        var paginator = context.GetValue("paginator");
        var seo = await values.GetAsync(page, "seo");
        // As jekyll-seo-tag reads it: a page is dated by a date: in its front matter (a page has none otherwise), a
        // collection's document always (Jekyll dates one without a date at the build's time).
        return new SeoPage
        {
            Url = await values.TextAsync(page, "url") ?? "/",
            Title = await values.TextAsync(page, "title"),
            Description = await values.TextAsync(page, "description"),
            Excerpt = await values.TextAsync(page, "excerpt"),
            Date = await values.DateAsync(page, "date", site.TimeZone),
            LastModifiedAt = await values.DateAsync(page, "last_modified_at", site.TimeZone),
            Author = await values.PlainAsync(page, "author"),
            Authors = await values.PlainAsync(page, "authors"),
            Image = await values.PlainAsync(page, "image"),
            Lang = await values.TextAsync(page, "lang"),
            CanonicalUrl = await values.TextAsync(page, "canonical_url"),
            SeoType = await values.TextAsync(seo, "type"),
            PaginatorPage = await values.NumberAsync(paginator, "page"),
            PaginatorTotalPages = await values.NumberAsync(paginator, "total_pages"),
            PreviousPagePath = await values.TextAsync(paginator, "previous_page_path"),
            NextPagePath = await values.TextAsync(paginator, "next_page_path"),
        };
    }
}
