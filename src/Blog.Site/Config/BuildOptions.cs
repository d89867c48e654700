namespace Blog.Site.Config;

/// <summary>What the person running the build asked for on the command line.</summary>
public sealed record BuildOptions
{
    public required string Source { get; init; }
    public required string Destination { get; init; }

    /// <summary>
    /// A theme folder given on the command line, which wins over the site's <c>theme_dir:</c>/<c>theme:</c>; null to
    /// use what the site's config asks for (see <see cref="ThemeLocator"/>).
    /// </summary>
    public string? Theme { get; init; }

    /// <summary>Config files in order, later ones win (Jekyll's <c>--config a.yml,b.yml</c>); empty means <c>_config.yml</c> if present.</summary>
    public IReadOnlyList<string> ConfigFiles { get; init; } = [];

    public bool Drafts { get; init; }
    public bool Future { get; init; }
    public bool Unpublished { get; init; }

    /// <summary><c>--minify</c>: true or false wins over the config's <c>minify:</c>; null leaves it to the config.</summary>
    public bool? Minify { get; init; }

    /// <summary><c>--check-external</c>: request the site's external links (nothing reaches the network otherwise).</summary>
    public bool CheckExternal { get; init; }

    /// <summary><c>--strict</c>: dead external links fail the build.</summary>
    public bool Strict { get; init; }
}
