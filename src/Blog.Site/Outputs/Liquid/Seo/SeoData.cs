using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Site.Config;

namespace Blog.Site.Outputs.Liquid.Seo;

/// <summary>
/// What jekyll-seo-tag (2.8) computes for one page, as plain text (not yet escaped): titles joined with
/// <c>" | "</c>, description from <c>description</c>, the excerpt or the site's <c>description</c> (never the tagline, never shortened), canonical
/// URL, schema.org type (<c>WebSite</c> for the home and about pages, <c>BlogPosting</c> for dated pages,
/// <c>WebPage</c> otherwise), author, image and locale.
/// </summary>
public sealed partial record SeoData(
    string? Title,
    string? PageTitle,
    string? SiteTitle,
    string? Description,
    string CanonicalUrl,
    bool HasSiteUrl,
    string Type,
    string? Name,
    Author? Author,
    string? Image,
    string Locale,
    DateTimeOffset? DatePublished,
    DateTimeOffset? DateModified,
    string? PreviousUrl,
    string? NextUrl,
    string? TwitterSite,
    string? Logo)
{
    private const string Separator = " | ";

    /// <param name="markdownify">The site's Markdown converter: jekyll-seo-tag formats every text through <c>markdownify</c>.</param>
    public static SeoData Compute(SeoPage page, SiteSettings site, object? siteData, Func<string, string> markdownify)
    {
        string? Format(string? text) => FormatString(text, markdownify);

        var siteTitle = Format(Config(site, "title") ?? Config(site, "name"));
        var siteDescription = Format(Config(site, "description"));
        var siteTaglineOrDescription = Format(Config(site, "tagline")) ?? siteDescription;
        var pageTitle = Format(page.Title) ?? siteTitle;

        string? title;
        if (siteTitle is not null && pageTitle != siteTitle) title = pageTitle + Separator + siteTitle;
        else if (siteDescription is not null && siteTitle is not null) title = siteTitle + Separator + siteTaglineOrDescription;
        else title = pageTitle ?? siteTitle;
        if (title is not null && page.PaginatorPage is > 1 and var current)
            title = string.Format(CultureInfo.InvariantCulture, "Page {0} of {1} for ", current, page.PaginatorTotalPages) + title;

        // jekyll-seo-tag 2.8: the tagline is for the title only, and the description is not shortened.
        var description = Format(page.Description) ?? Format(page.Excerpt) ?? siteDescription;

        var canonical = page.CanonicalUrl is { Length: > 0 } own
            ? own
            : TrailingIndex().Replace(SiteUrls.Absolute(site, page.Url), "/");

        var homeOrAbout = HomeOrAbout().IsMatch(page.Url);
        var type = page.SeoType ?? (homeOrAbout ? "WebSite" : page.Date is not null ? "BlogPosting" : "WebPage");

        var image = DataValues.Text(DataValues.Get(page.Image, "path"))
                    ?? DataValues.Text(DataValues.Get(page.Image, "facebook"))
                    ?? DataValues.Text(DataValues.Get(page.Image, "twitter"))
                    ?? DataValues.Text(page.Image);
        var logo = Config(site, "logo");

        return new SeoData(
            title,
            pageTitle,
            siteTitle,
            description,
            canonical,
            HasSiteUrl: site.Values.GetValueOrDefault("url") is not null,
            type,
            Name: homeOrAbout ? siteTitle : null,
            Author.Resolve(page.Author, page.Authors, DataValues.Get(site.Values, "author"), siteData),
            image is null ? null : SiteUrls.Absolute(site, image),
            (page.Lang ?? Config(site, "lang") ?? "en_US").Replace('-', '_'),
            page.Date,
            page.LastModifiedAt ?? page.Date,
            page.PreviousPagePath is { } previous ? SiteUrls.Absolute(site, previous) : null,
            page.NextPagePath is { } next ? SiteUrls.Absolute(site, next) : null,
            DataValues.Text(DataValues.Get(site.Values, "twitter", "username"))?.Replace("@", "", StringComparison.Ordinal),
            logo is null ? null : SiteUrls.Absolute(site, logo));
    }

    /// <summary>
    /// jekyll-seo-tag's <c>format_string</c>: <c>markdownify</c> (so <c>What's new -- *now*</c> is <c>What’s new – now</c>), tags
    /// stripped, whitespace collapsed, as plain text (the markup escapes it once, as its <c>escape_once</c> does); null when
    /// nothing is left.
    /// </summary>
    private static string? FormatString(string? text, Func<string, string> markdownify)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var plain = HtmlText.ToPlainText(markdownify(text));
        return plain.Length == 0 ? null : plain;
    }

    private static string? Config(SiteSettings site, string key) => DataValues.Text(DataValues.Get(site.Values, key));

    [GeneratedRegex(@"/index\.html$")]
    private static partial Regex TrailingIndex();

    [GeneratedRegex(@"^/(about/)?(index\.html?)?$")]
    private static partial Regex HomeOrAbout();
}
