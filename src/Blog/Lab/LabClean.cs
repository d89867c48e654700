using Blog.Lab.Runtimes;
using Blog.Lab.Running;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary>
/// <c>lab clean</c>: removes what the lab may have left when it was killed hard: work folders, and whatever each
/// runtime (and each engine a spec declares) can find by the lab's label.
/// </summary>
internal static class LabClean
{
    public static async Task<int> RunAsync(IAnsiConsole console, LabWorkspace workspace, CancellationToken cancellationToken)
    {
        var removed = WorkDirectory.RemoveLeftovers(Path.GetTempPath()).Select(p => $"work folder {p}").ToList();
        var failures = 0;
        // The engines specs declare (docker_host:) too: a run killed there left its containers there.
        var runtimes = workspace.Catalogue.Runtimes
            .Concat(workspace.Specs.SelectMany(s => workspace.Catalogue.DeclaredRuntimes(s).Values))
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
                console.MarkupLine($"[yellow]{Markup.Escape(((IRuntime)runtime).Name)}: {Markup.Escape(e.Message)}[/]");
            }
        }
        foreach (var line in removed) console.WriteLine($"removed {line}");
        console.WriteLine(removed.Count == 0 ? "nothing to clean" : $"{removed.Count} removed");
        return failures == 0 ? 0 : 1;
    }
}
