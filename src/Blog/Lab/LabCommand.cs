using Blog.Cli.Commands;
using Blog.Lab.Liquid;
using Blog.Lab.Specs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Lab;

/// <summary>
/// What every <c>lab</c> command does around its own work: reads the site's lab once (a spec error is printed with its
/// position, exit 1), answers a mistake in what it was asked with exit 2, and a cancelled command (Ctrl+C, SIGTERM:
/// the token) with 130 once everything it started is cleaned up.
/// </summary>
public abstract class LabCommand<TSettings>(IAnsiConsole console) : AsyncCommand<TSettings> where TSettings : LabSettings
{
    protected IAnsiConsole Console { get; } = console;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var session = await LabSession.LoadAsync(settings.SourceFolder(RepositoryLayout.FromWorkingDirectory()), cancellationToken);
            return await RunAsync(session, settings, cancellationToken);
        }
        catch (LabUsageException e)
        {
            Console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return BlogApp.UsageError;
        }
        catch (SpecException e)
        {
            foreach (var error in e.Errors) Console.MarkupLine($"[red]{Markup.Escape(error.ToString())}[/]");
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.MarkupLine("[yellow]cancelled[/]");
            return 130;
        }
    }

    protected abstract Task<int> RunAsync(LabSession session, TSettings settings, CancellationToken cancellationToken);
}
