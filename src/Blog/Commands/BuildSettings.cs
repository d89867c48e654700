using System.ComponentModel;
using Blog.Lab.Running;
using Blog.Site.Config;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary>The options of a site build, as Jekyll names them.</summary>
public class BuildSettings : CommandSettings
{
    [CommandOption("-s|--source <DIR>")]
    [Description("The site folder to build (default: input/ of this repository).")]
    public string? Source { get; init; }

    [CommandOption("-d|--destination <DIR>")]
    [Description("Where the site is written (default: output/ of this repository). Replaced only when the build succeeds.")]
    public string? Destination { get; init; }

    [CommandOption("--theme <DIR>")]
    [Description("Theme folder whose _layouts, _includes, _sass and assets the source may override (default: the site's theme_dir: or theme: setting; none without one).")]
    public string? Theme { get; init; }

    [CommandOption("--config <FILES>")]
    [Description("Config file(s), comma separated; later ones win (default: _config.yml in the source).")]
    public string? Config { get; init; }

    [CommandOption("-D|--drafts")]
    [Description("Render posts in _drafts/ too.")]
    public bool Drafts { get; init; }

    [CommandOption("--future")]
    [Description("Publish posts dated in the future.")]
    public bool Future { get; init; }

    [CommandOption("--unpublished")]
    [Description("Render posts marked published: false.")]
    public bool Unpublished { get; init; }

    [CommandOption("--minify")]
    [Description("Write pages and stylesheets minified (as minify: true in _config.yml does; serve writes them as rendered unless given this).")]
    public bool Minify { get; init; }

    [CommandOption("--check-external")]
    [Description("Request the site's external http(s) links (settings: external_links: in _config.yml); dead ones are warnings. Nothing reaches the network without this.")]
    public bool CheckExternal { get; init; }

    [CommandOption("--strict")]
    [Description("With --check-external: a dead external link fails the build (exit 1, the destination left as it was).")]
    public bool Strict { get; init; }

    [CommandOption("--lab <MODE>")]
    [Description("auto (default): re-measure missing or stale experiments where their runtimes (Docker, QEMU, the JVM) are here, else use the committed results; frozen: never measure; force: re-measure everything that can run here.")]
    [DefaultValue("auto")]
    public string LabName { get; init; } = "auto";

    /// <summary>The <c>--lab</c> mode (checked by <see cref="Validate"/>).</summary>
    public LabMode Lab => LabModeNames.TryParse(LabName, out var mode) ? mode : throw new InvalidOperationException($"--lab {LabName} was not validated");

    public BuildOptions ToOptions(RepositoryLayout layout) => new()
    {
        Source = Path.GetFullPath(Source ?? layout.Input),
        Destination = Path.GetFullPath(Destination ?? layout.Output),
        Theme = Theme is not null ? Path.GetFullPath(Theme) : null,
        ConfigFiles = Config?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                          .Select(Path.GetFullPath).ToList() ?? [],
        Drafts = Drafts,
        Future = Future,
        Unpublished = Unpublished,
        Minify = Minify ? true : null,
        CheckExternal = CheckExternal,
        Strict = Strict,
    };

    public override Spectre.Console.ValidationResult Validate()
    {
        if (!LabModeNames.TryParse(LabName, out _))
            return Spectre.Console.ValidationResult.Error($"--lab {LabName}: use {LabModeNames.All}");
        if (Strict && !CheckExternal)
            return Spectre.Console.ValidationResult.Error("--strict: it makes dead external links errors, so it needs --check-external too");
        if (Theme is not null && !Directory.Exists(Theme))
            return Spectre.Console.ValidationResult.Error($"--theme {Theme}: no such folder; pass a theme folder (one holding _layouts and _includes), or leave --theme out to use the site's theme_dir: or theme:");
        return Spectre.Console.ValidationResult.Success();
    }
}
