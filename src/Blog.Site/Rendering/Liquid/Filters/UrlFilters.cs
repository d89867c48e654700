using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>relative_url</c> (base URL prepended) and <c>absolute_url</c> (site URL and base URL prepended), with the
/// base URL as Jekyll's <c>sanitized_baseurl</c> gives it (<see cref="Config.SiteSettings.FilterBaseUrl"/>) and the site
/// URL as written (<see cref="Config.SiteSettings.FilterUrl"/>).
/// </summary>
internal static class UrlFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("relative_url", (input, _, context) => Apply(input, url => RelativeUrl(url, RenderServices.From(context).Settings.FilterBaseUrl)));
        filters.AddFilter("absolute_url", (input, _, context) =>
        {
            var settings = RenderServices.From(context).Settings;
            return Apply(input, url => AbsoluteUrl(url, settings.FilterUrl, settings.FilterBaseUrl));
        });
    }

    private static ValueTask<FluidValue> Apply(FluidValue input, Func<string, string> map) => input switch
    {
        _ when input.IsNil() => new ValueTask<FluidValue>(NilValue.Instance),
        DocumentDrop drop => new ValueTask<FluidValue>(StringValue.Create(map(drop.Document.Url))),
        _ => new ValueTask<FluidValue>(StringValue.Create(map(input.ToStringValue()))),
    };

    public static string RelativeUrl(string url, string baseUrl)
    {
        if (UriText.IsAbsolute(url)) return url;
        return UriText.NormalizeUrl(LeadingSlash(baseUrl) + LeadingSlash(url));
    }

    public static string AbsoluteUrl(string url, string siteUrl, string baseUrl)
    {
        if (UriText.IsAbsolute(url)) return url;
        var relative = RelativeUrl(url, baseUrl);
        return string.IsNullOrEmpty(siteUrl) ? relative : UriText.NormalizeUrl(siteUrl + relative);
    }

    private static string LeadingSlash(string part) => part.Length == 0 || part[0] == '/' ? part : "/" + part;
}
