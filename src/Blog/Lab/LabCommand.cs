using Blog.Lab.Specs;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary>
/// <c>blog lab run|list|status|clean|commands</c>: the lab's command line. Program.cs hands over the
/// arguments after <c>lab</c>; Ctrl+C cancels the token and everything started is cleaned up.
/// </summary>
public static class LabCommand
{
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken) =>
        RunAsync(args, AnsiConsole.Console, cancellationToken);

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCtrlC = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCtrlC;
        try
        {
            var arguments = LabArguments.Parse(args);
            var workspace = await LabWorkspace.LoadAsync(arguments.Source, cancel.Token);
            return arguments.Verb switch
            {
                "run" => await LabRunView.RunAsync(console, workspace, arguments, cancel.Token),
                "list" => LabTables.List(console, workspace),
                "status" => await LabTables.StatusAsync(console, workspace, cancel.Token),
                "clean" => await LabClean.RunAsync(console, workspace, cancel.Token),
                "commands" => await LabEquivalentCommands.RunAsync(workspace, arguments, cancel.Token),
                _ => 2,
            };
        }
        catch (LabUsageException e)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            console.WriteLine(LabArguments.Usage);
            return 2;
        }
        catch (SpecException e)
        {
            foreach (var error in e.Errors) console.MarkupLine($"[red]{Markup.Escape(error.ToString())}[/]");
            return 1;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]cancelled[/]");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }
}
