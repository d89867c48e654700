namespace Blog.Site.Content.Permalinks;

/// <summary>Jekyll's named permalink styles and how the configured style shapes post and page URLs.</summary>
public static class PermalinkStyle
{
    /// <summary>The URL template for posts: a named style's template, or the configured text itself.</summary>
    public static string PostTemplate(string permalink) => permalink switch
    {
        "none" => "/:categories/:title:output_ext",
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        _ => permalink,
    };

    /// <summary>
    /// Jekyll's <c>add_permalink_suffix</c>: pages end like the configured style does, with a slash for <c>pretty</c> or a
    /// template ending in <c>/</c>, with the output extension for date/ordinal/none or a template ending in <c>:output_ext</c>.
    /// </summary>
    public static string WithPageSuffix(string template, string permalink) => permalink switch
    {
        "pretty" => template + "/",
        "date" or "ordinal" or "none" => template + ":output_ext",
        _ when permalink.EndsWith('/') => template + "/",
        _ when permalink.EndsWith(":output_ext", StringComparison.Ordinal) => template + ":output_ext",
        _ => template,
    };
}
