using Blog.Lab.Liquid;
using Blog.Lab.Runtimes;
using Blog.Lab.Running;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary>
/// <c>lab clean</c>: removes what the lab may have left when it was killed hard: work folders, and whatever each
/// runtime (and each engine a spec declares) can find by the lab's label.
/// </summary>
public sealed class LabCleanCommand(IAnsiConsole console) : LabCommand<LabSettings>(console)
{
    protected override async Task<int> RunAsync(LabSession session, LabSettings settings, CancellationToken cancellationToken)
    {
        var removed = WorkDirectory.RemoveLeftovers(Path.GetTempPath()).Select(p => $"work folder {p}").ToList();
        var failures = 0;
        // The engines specs declare (docker_host:) too: a run killed there left its containers there.
        var runtimes = session.Catalogue.Runtimes
            .Concat(session.Specs.SelectMany(s => session.Catalogue.DeclaredRuntimes(s).Values))
            .Distinct();
        foreach (var runtime in runtimes.OfType<ICleansLeftovers>())
        {
            try
            {
                removed.AddRange(await runtime.CleanLeftoversAsync(cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures++;
                Console.MarkupLine($"[yellow]{Markup.Escape(((IRuntime)runtime).Name)}: {Markup.Escape(e.Message)}[/]");
            }
        }
        foreach (var line in removed) Console.WriteLine($"removed {line}");
        Console.WriteLine(removed.Count == 0 ? "nothing to clean" : $"{removed.Count} removed");
        return failures == 0 ? 0 : 1;
    }
}
