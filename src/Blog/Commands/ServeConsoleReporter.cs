using Blog.Site.Diagnostics;
using Blog.Site.Build.Incremental;
using Blog.Site.Serving;
using Spectre.Console;

namespace Blog.Cli.Commands;

/// <summary>Prints each rebuild on one line, and a failed build's errors as <c>path:line:col: message</c> on stderr.</summary>
public sealed class ServeConsoleReporter(IAnsiConsole console) : IServeReporter
{
    public void Built(IncrementalReport report, IReadOnlyList<string> changes)
    {
        // The warnings of the pages rendered this time (a stale lab result among them); a kept page's were printed when it was rendered.
        foreach (var warning in report.Build.Warnings) console.MarkupLineInterpolated($"[yellow]{warning.ToString()}[/]");
        console.MarkupLineInterpolated(
            $"[green]built[/] {report.Rendered.Count} of {report.Build.Pages} pages in {report.Build.Elapsed.TotalSeconds:0.00} s{Because(changes)}");
    }

    public void Failed(IReadOnlyList<BuildError> errors, IReadOnlyList<string> changes)
    {
        foreach (var error in errors) Console.Error.WriteLine(error.ToString());
        Console.Error.WriteLine($"build failed with {errors.Count} error(s){Because(changes)}; still serving the last good site");
    }

    private static string Because(IReadOnlyList<string> changes) => changes.Count switch
    {
        0 => "",
        1 => $" ({Path.GetFileName(changes[0])} changed)",
        _ => $" ({changes.Count} files changed)",
    };
}
