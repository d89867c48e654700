using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary>The options of <c>serve</c>: those of a build, plus where to listen.</summary>
public sealed class ServeSettings : BuildSettings
{
    [CommandOption("-P|--port <PORT>")]
    [Description("The port to listen on (Jekyll's 4000 by default).")]
    [DefaultValue(4000)]
    public int Port { get; init; } = 4000;

    [CommandOption("-H|--host <ADDRESS>")]
    [Description("The address to listen on (default: 127.0.0.1, this machine only).")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>
    /// A build's options, but pages are written as rendered unless <c>--minify</c> is given here: served pages are read
    /// in the browser's source view while writing, whatever the site's <c>minify:</c> says for its published build.
    /// </summary>
    public Blog.Site.Config.BuildOptions ToServeOptions(RepositoryLayout layout) => ToOptions(layout) with { Minify = Minify };

    public override ValidationResult Validate()
    {
        if (Port is < 0 or > 65535) return ValidationResult.Error($"--port {Port}: use 0 to 65535");
        if (!IPAddress.TryParse(Host, out _)) return ValidationResult.Error($"--host {Host}: use an IP address such as 127.0.0.1");
        return base.Validate();
    }
}
