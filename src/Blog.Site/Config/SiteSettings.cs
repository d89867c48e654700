namespace Blog.Site.Config;

/// <summary>One front matter default: values applied to documents under <see cref="Path"/> of <see cref="Type"/>.</summary>
public sealed record FrontMatterDefault(string Path, string? Type, IReadOnlyDictionary<string, object?> Values);

/// <summary>What a broken internal link does to the build (<c>check_links:</c> error, warning or off).</summary>
public enum LinkCheck { Error, Warning, Off }

/// <summary>
/// Everything a build needs to know about the site, read once from <c>_config.yml</c> and the command line.
/// Immutable: every stage receives the same settings.
/// </summary>
public sealed record SiteSettings
{
    public required string Source { get; init; }

    /// <summary>
    /// Where the build keeps what it can make again (image versions, external link results): Jekyll's <c>cache_dir</c>
    /// (<c>.jekyll-cache</c> by default) in the source folder, outside the output, skipped by the reader and the watcher.
    /// </summary>
    public string CacheFolder => Path.GetFullPath(Path.Combine(Source,
        Outputs.DataValues.Text(Outputs.DataValues.Get(Values, "cache_dir")) ?? ".jekyll-cache"));
    public required string Destination { get; init; }
    /// <summary>The theme folder in use (<see cref="ThemeLocator"/>); null when the site asked for none.</summary>
    public string? Theme { get; init; }
    /// <summary>The site's own config files that exist, in merge order (absolute paths).</summary>
    public IReadOnlyList<string> ConfigFiles { get; init; } = [];
    /// <summary>The plugins listed in the config; the built-in ones run only when listed (<see cref="HasPlugin"/>).</summary>
    public IReadOnlySet<string> Plugins { get; init; } = new HashSet<string>();

    public bool HasPlugin(string name) => Plugins.Contains(name);

    /// <summary>Broken internal links fail the build unless <c>check_links:</c> makes them warnings or turns the check off.</summary>
    public LinkCheck LinkCheck { get; init; } = LinkCheck.Error;

    /// <summary>Whether the build writes a search index of the posts, and its options (<c>search_index:</c>, Blog's own; off unless asked).</summary>
    public SearchSettings Search { get; init; } = SearchSettings.Off;

    /// <summary>Whether pages and stylesheets are written minified (<c>minify:</c>, or <c>--minify</c>); off by default.</summary>
    public bool Minify { get; init; }

    /// <summary>Whether and how external links are checked (<c>--check-external</c>, <c>external_links:</c>).</summary>
    public ExternalLinkSettings ExternalLinks { get; init; } = new();

    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    /// <summary>Scheme and host without a trailing slash, e.g. <c>https://example.org</c>; may be empty.</summary>
    public string Url { get; init; } = "";
    /// <summary>What <c>absolute_url</c> prepends: the config value as written (<see cref="SiteUrl.FilterUrl"/>).</summary>
    public string FilterUrl { get; init; } = "";
    /// <summary>
    /// Path prefix with a leading slash and no trailing slash, or empty: the generator's form for joining paths.
    /// Templates see the config value as written (<c>site.baseurl</c>) and the URL filters use <see cref="FilterBaseUrl"/>.
    /// </summary>
    public string BaseUrl { get; init; } = "";
    /// <summary>What <c>relative_url</c>/<c>absolute_url</c> prepend, as Jekyll's <c>sanitized_baseurl</c> (<see cref="SiteUrl.FilterBaseUrl"/>).</summary>
    public string FilterBaseUrl { get; init; } = "";
    /// <summary>The permalink style or template (<c>date</c>, <c>pretty</c>, <c>ordinal</c>, <c>none</c>, or <c>/:categories/:title/</c>...).</summary>
    public string Permalink { get; init; } = "date";
    /// <summary>IANA zone used for post dates and URLs. Jekyll uses the machine's zone; we default to UTC so builds are reproducible.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    public string ExcerptSeparator { get; init; } = "\n\n";
    public int Paginate { get; init; }
    public string PaginatePath { get; init; } = "/page:num/";
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<FrontMatterDefault> Defaults { get; init; } = [];
    /// <summary>The custom collections of <c>collections:</c>, in config order (posts are not among them).</summary>
    public IReadOnlyList<CollectionSettings> Collections { get; init; } = [];
    /// <summary>Jekyll's <c>collections_dir</c>: the folder (relative, no slashes around) holding the collections and posts, or empty.</summary>
    public string CollectionsDir { get; init; } = "";
    /// <summary><c>collections: posts: permalink:</c>, which Jekyll prefers to the site's permalink for posts; null when not given.</summary>
    public string? PostsPermalink { get; init; }

    /// <summary>The build's time (<c>site.time</c>): from config <c>time</c>, else SOURCE_DATE_EPOCH, else now.</summary>
    public DateTimeOffset Time { get; init; }

    public bool Drafts { get; init; }
    public bool Future { get; init; }
    public bool Unpublished { get; init; }

    /// <summary>Every value of the merged config files, for <c>site.*</c> in templates.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; init; } = new Dictionary<string, object?>();
}
