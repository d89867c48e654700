using Blog.Site.Config;
using Blog.Site.Config.Yaml;
using Blog.Site.Content.FrontMatter;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;
using Blog.Site.Rendering.Sass;

namespace Blog.Site.Content;

/// <summary>What every file reader of one build shares, created once: settings, the YAML reader, the defaults matcher.</summary>
public sealed class ReadContext
{
    private readonly HashSet<string> _markdownExtensions;

    public ReadContext(SiteSettings settings, ErrorCollector errors)
    {
        Settings = settings;
        Errors = errors;
        Yaml = new YamlReader(settings.TimeZone);
        Defaults = new DefaultsMatcher(settings.Defaults);
        string markdown = settings.Values.GetValueOrDefault("markdown_ext") as string ?? "markdown,mkdown,mkdn,mkd,md";
        _markdownExtensions = markdown.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => "." + e.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        PostTemplate = PermalinkStyle.PostTemplate(settings.PostsPermalink ?? settings.Permalink);
        PostTemplateIsValid = CheckPostTemplate(PostTemplate, errors);
    }

    private ReadContext(ReadContext shared, ErrorCollector errors)
    {
        Settings = shared.Settings;
        Errors = errors;
        Yaml = shared.Yaml;
        Defaults = shared.Defaults;
        _markdownExtensions = shared._markdownExtensions;
        PostTemplate = shared.PostTemplate;
        PostTemplateIsValid = shared.PostTemplateIsValid;
    }

    /// <summary>The same context reporting to another collector, so a reader can keep one file's problems apart.</summary>
    public ReadContext WithErrors(ErrorCollector errors) => new(this, errors);

    /// <summary>The URL template of posts without their own permalink.</summary>
    public string PostTemplate { get; }

    /// <summary>False when the site's permalink names an unknown placeholder (reported once here, not once per post).</summary>
    public bool PostTemplateIsValid { get; }

    public SiteSettings Settings { get; }
    public ErrorCollector Errors { get; }
    public YamlReader Yaml { get; }
    public DefaultsMatcher Defaults { get; }

    private static bool CheckPostTemplate(string template, ErrorCollector errors)
    {
        var sample = new PostPlaceholders("x", "2000-01-01-x", "/x", [], DateTimeOffset.UnixEpoch, ".html");
        if (UrlTemplate.Fill(template, name => sample[name], out string? unknown) is not null) return true;
        errors.Error(new SourcePosition("_config.yml"), $"the permalink '{template}' has no placeholder ':{unknown}' (see Jekyll's permalink placeholders)");
        return false;
    }

    public bool IsMarkdown(string extension) => _markdownExtensions.Contains(extension.ToLowerInvariant());

    /// <summary>
    /// Jekyll's output extension: the permalink's own extension when it has one (and does not end in <c>/</c>),
    /// <c>.html</c> for Markdown, <c>.css</c> for Sass, otherwise the source's extension.
    /// </summary>
    public string OutputExtension(string sourceExtension, string? permalink)
    {
        if (permalink is { Length: > 0 } && !permalink.EndsWith('/'))
        {
            string name = permalink[(permalink.LastIndexOf('/') + 1)..];
            int dot = name.LastIndexOf('.');
            if (dot > 0 && dot < name.Length - 1) return name[dot..];
        }
        if (IsMarkdown(sourceExtension)) return ".html";
        return SassSyntax.IsSass(sourceExtension) ? SassSyntax.OutputExtension : sourceExtension;
    }
}
