using Blog.Site.Build;
using Blog.Cli.Lab;
using Blog.Lab.Running;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary><c>blog [build]</c>: measures what the lab needs (per <c>--lab</c>), then builds the site.</summary>
public sealed class BuildCommand(IAnsiConsole console) : AsyncCommand<BuildSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.FromWorkingDirectory();
        var options = settings.ToOptions(layout);
        if (!Directory.Exists(options.Source))
        {
            console.MarkupLineInterpolated($"[red]error:[/] source folder {options.Source} does not exist: pass --source DIR");
            return 2;
        }

        try
        {
            // The lab reads its declarations from the site's read, and measures (per --lab) before any page renders:
            // nothing of the build runs beside it to disturb its numbers.
            var report = await new SiteBuilder(LabExtensions(console, settings.Lab)).BuildAsync(options, cancellationToken);
            foreach (var warning in report.Warnings) console.MarkupLineInterpolated($"[yellow]{warning.ToString()}[/]");
            console.MarkupLineInterpolated(
                $"[green]built[/] {report.Pages} pages ({report.Posts} posts) and {report.StaticFiles} static files into {report.Destination} in {report.Elapsed.TotalSeconds:0.00} s");
            return 0;
        }
        catch (BuildFailedException failed)
        {
            PrintErrors(failed.Errors);
            Console.Error.WriteLine($"build failed with {failed.Errors.Count} error(s); {options.Destination} was left as it was");
            return 1;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]cancelled[/]; the previous output was left as it was");
            return 130;
        }
    }

    /// <summary>
    /// A site with a lab (<c>_lab/</c> in the source, or a page declaring experiments in its <c>lab:</c> front matter) gets the lab's extension, after measuring what <c>--lab</c>
    /// asks for; a site without one builds with none. <c>auto</c> measures only missing or stale experiments,
    /// and only where their runtimes are here; elsewhere the committed results are used and the stale ones named.
    /// </summary>
    /// <remarks><c>serve</c> prepares its extensions the same way.</remarks>
    internal static Func<SiteRead, CancellationToken, Task<IReadOnlyList<ISiteExtension>>> LabExtensions(IAnsiConsole console, LabMode mode) =>
        async (site, cancellationToken) => await LabForBuild.PrepareAsync(site, mode, console, cancellationToken) is { } lab ? [lab] : [];

    private static void PrintErrors(IEnumerable<BuildError> errors)
    {
        // Plain text on stderr, one per line, so editors and CI logs can jump to path:line:col.
        foreach (var error in errors) Console.Error.WriteLine(error.ToString());
    }
}
