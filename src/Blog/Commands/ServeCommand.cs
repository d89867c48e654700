using Blog.Site.Build.Incremental;
using Blog.Site.Diagnostics;
using Blog.Site.Serving;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary><c>serve</c>: builds, serves on 127.0.0.1:4000, rebuilds on change and reloads the open pages, until Ctrl+C.</summary>
public sealed class ServeCommand(IAnsiConsole console) : AsyncCommand<ServeSettings>
{
    /// <summary>The thread pool's minimum of worker threads while serving.</summary>
    private const int ServeThreads = 16;

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToServeOptions(RepositoryLayout.FromWorkingDirectory());
        if (!Directory.Exists(options.Source))
        {
            console.MarkupLineInterpolated($"[red]error:[/] source folder {options.Source} does not exist: pass --source DIR");
            return 2;
        }

        try
        {
            // A rebuild keeps a pool thread a core busy while the page's requests and the open reload streams wait on the
            // same pool: at the default minimum (one thread a core) 2 of 6 one-post edits at 10,000 posts waited ~1 s for
            // the pool to add a thread, none of 6 with this minimum (README, Performance: serve).
            ThreadPool.GetMinThreads(out var workers, out var completions);
            ThreadPool.SetMinThreads(Math.Max(workers, ServeThreads), completions);
            var serve = new ServeOptions(options) { Host = settings.Host, Port = settings.Port };
            var builder = new IncrementalSiteBuilder(BuildCommand.LabExtensions(console, settings.Lab)) { FillsStagingBetweenBuilds = true };
            await using var session = await ServeSession.StartAsync(builder, serve, new ServeConsoleReporter(console), cancellationToken);
            console.MarkupLineInterpolated($"[green]serving[/] {session.Address} (watching {string.Join(" and ", session.WatchedFolders)}); Ctrl+C stops");
            await session.RunAsync(cancellationToken);
            console.MarkupLine("stopped");
            return 0;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]cancelled[/]");
            return 130;
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException or null)
        {
            Console.Error.WriteLine($"error: cannot listen on {settings.Host}:{settings.Port}: {e.Message} (pass --port)");
            return 1;
        }
    }
}
