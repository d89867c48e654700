using Blog.Lab.Liquid;
using Blog.Lab.Results;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary><c>lab status</c>: fresh, stale or missing for each experiment, and why.</summary>
public sealed class LabStatusCommand(IAnsiConsole console) : LabCommand<LabSettings>(console)
{
    protected override async Task<int> RunAsync(LabSession session, LabSettings settings, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("id", "status", "why");
        var stale = 0;
        foreach (var spec in session.Specs)
        {
            var status = await session.Store.StatusAsync(spec, cancellationToken);
            var colour = status.Freshness switch { Freshness.Fresh => "green", Freshness.Stale => "yellow", _ => "red" };
            if (status.Freshness != Freshness.Fresh) stale++;
            table.AddRow(Markup.Escape(spec.Id), $"[{colour}]{status.Freshness.ToString().ToLowerInvariant()}[/]", Markup.Escape(status.Reason));
        }
        Console.Write(table);
        if (stale > 0) Console.MarkupLine(Markup.Escape($"to measure them: {Blog.Lab.LabPaths.RunCommand()}"));
        return 0;
    }
}
