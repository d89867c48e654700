using Blog.Lab.Liquid;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary><c>lab list</c>: the declared experiments, where each runs and where it is declared.</summary>
public sealed class LabListCommand(IAnsiConsole console) : LabCommand<LabSettings>(console)
{
    protected override Task<int> RunAsync(LabSession session, LabSettings settings, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("id", "kind", "title", "samples", "warm-up", "timeout", "runs on", "declared in");
        foreach (var s in session.Specs)
            table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Kind), Markup.Escape(s.Title), s.Samples.ToString(),
                s.Warmup.ToString(), $"{s.Timeout.TotalSeconds:0.###}s", Markup.Escape(session.Catalogue.RunsOn(s)),
                Markup.Escape($"{s.SourcePath}:{s.Line}"));
        Console.Write(table);
        return Task.FromResult(0);
    }
}
