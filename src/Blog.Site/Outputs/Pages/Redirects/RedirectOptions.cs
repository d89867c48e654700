using Blog.Site.Config;

namespace Blog.Site.Outputs.Pages.Redirects;

/// <summary>
/// The jekyll-redirect-from plugin's settings, read only when <c>plugins:</c> lists it:
/// <code>
/// redirect_from:
///   json: false      # no redirects.json (the plugin's option; on by default)
///   netlify: true    # also a Netlify _redirects file (Blog's own extension; off by default)
/// </code>
/// </summary>
public sealed record RedirectOptions(bool Enabled, bool Json, bool Netlify)
{
    public const string Plugin = "jekyll-redirect-from";

    public static RedirectOptions From(SiteSettings site)
    {
        if (!site.HasPlugin(Plugin)) return new RedirectOptions(false, false, false);
        var config = DataValues.Get(site.Values, "redirect_from");
        // The plugin tests `json != false`: anything but false keeps the file.
        return new RedirectOptions(true, DataValues.Get(config, "json") is not false, DataValues.Get(config, "netlify") is true);
    }
}
