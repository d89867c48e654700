using Blog.Lab.Results;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary><c>lab list</c> and <c>lab status</c>.</summary>
internal static class LabTables
{
    public static int List(IAnsiConsole console, LabWorkspace workspace)
    {
        var table = new Table().AddColumns("id", "kind", "title", "samples", "warm-up", "timeout", "runs on", "declared in");
        foreach (var s in workspace.Specs)
            table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Kind), Markup.Escape(s.Title), s.Samples.ToString(),
                s.Warmup.ToString(), $"{s.Timeout.TotalSeconds:0.###}s", Markup.Escape(workspace.Catalogue.RunsOn(s)),
                Markup.Escape($"{s.SourcePath}:{s.Line}"));
        console.Write(table);
        return 0;
    }

    public static async Task<int> StatusAsync(IAnsiConsole console, LabWorkspace workspace, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("id", "status", "why");
        var stale = 0;
        foreach (var spec in workspace.Specs)
        {
            var status = await workspace.Store.StatusAsync(spec, cancellationToken);
            var colour = status.Freshness switch { Freshness.Fresh => "green", Freshness.Stale => "yellow", _ => "red" };
            if (status.Freshness != Freshness.Fresh) stale++;
            table.AddRow(Markup.Escape(spec.Id), $"[{colour}]{status.Freshness.ToString().ToLowerInvariant()}[/]", Markup.Escape(status.Reason));
        }
        console.Write(table);
        if (stale > 0) console.MarkupLine(Markup.Escape($"to measure them: {Blog.Lab.LabPaths.RunCommand()}"));
        return 0;
    }
}
