using Blog.Cli.Commands;
using Blog.Cli.Lab;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli;

/// <summary>
/// The command line's commands and how it answers a mistake: an unknown option or command is named, the nearest
/// option of the command it was given to suggested, and the exit code is 2, as a usage error (a mistyped
/// <c>--draft</c> must not build as if it were absent).
/// </summary>
public static class BlogApp
{
    public const int UsageError = 2;

    /// <summary>Runs one command line, printing to <paramref name="console"/> (default: the terminal).</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole? console = null, CancellationToken cancellationToken = default) =>
        RunAsync(args, console, interruption: null, cancellationToken);

    /// <summary>As <c>Program</c> runs it: a <c>lab</c> command stopped by a signal exits with the signal's code.</summary>
    internal static Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole? console, Interruption? interruption, CancellationToken cancellationToken)
    {
        var commands = new CommandTable();
        var app = new CommandApp<BuildCommand>();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet run --project src/Blog --");
            if (console is not null) config.ConfigureConsole(console);
            if (interruption is not null) config.SetInterceptor(new LabSignalExit(interruption));
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((exception, _) => Report(exception, console ?? AnsiConsole.Console, commands, args));
            commands.Add<BuildCommand>(config, "build", "Build the site (the default command).");
            commands.Add<ServeCommand>(config, "serve", "Build, serve on 127.0.0.1:4000, rebuild on change and reload open pages.");
            config.AddBranch("new", branch =>
            {
                branch.SetDescription("Start a post or a draft.");
                commands.Add<NewPostCommand>(branch, "new post", "Write _posts/YYYY-MM-DD-slug.md, dated now in the site's timezone.");
                commands.Add<NewDraftCommand>(branch, "new draft", "Write _drafts/slug.md.");
            });
            commands.Add<PublishCommand>(config, "publish", "Move a draft into _posts with today's date.");
            config.AddBranch("lab", lab =>
            {
                lab.SetDescription("The lab on its own: measure, list, status, clean. Ctrl+C stops it after removing what it started.");
                commands.Add<LabRunCommand>(lab, "lab run",
                    "Measure the missing and stale experiments (all of them with --force), each after waiting for a quiet machine.");
                commands.Add<LabListCommand>(lab, "lab list", "The declared experiments and where each runs.");
                commands.Add<LabStatusCommand>(lab, "lab status", "Fresh, stale or missing for each experiment, and why.");
                commands.Add<LabCleanCommand>(lab, "lab clean",
                    "Remove everything the lab left behind: containers and images labelled blog.lab, VMs named blog-lab-*, work folders.");
                commands.Add<LabCommandsCommand>(lab, "lab commands", "Print each experiment's equivalent shell command, for bench/lab-validity.sh.");
            });
            config.AddExample("--source", "my-jekyll-site", "--destination", "_site");
            config.AddExample("--drafts", "--future", "--lab", "frozen");
            config.AddExample("lab", "run", "container-start");
            config.AddExample("serve", "--drafts", "--port", "4001");
            config.AddExample("new", "post", "\"Containers start in milliseconds\"", "--categories", "devops", "--tags", "docker,linux");
            config.AddExample("publish", "input/_drafts/my-draft.md");
        });
        return app.RunAsync(args, cancellationToken);
    }

    private static int Report(Exception exception, IAnsiConsole console, CommandTable commands, IReadOnlyList<string> args)
    {
        if (exception is not CommandAppException usage)
        {
            // What Spectre.Console.Cli does without a handler: the exception shown, a failing exit code.
            console.WriteException(exception);
            return -1;
        }
        if (usage.Pretty is { } pretty) console.Write(pretty);
        else console.MarkupLineInterpolated($"[red]error:[/] {usage.Message}");
        if (UnknownOption(usage.Message) is { } unknown)
        {
            // An option of another command (--force after lab status) is named as such before any near one is suggested.
            if (commands.Having(unknown) is { Count: > 0 } others)
                console.MarkupLineInterpolated($"--{unknown} is an option of {string.Join(", ", others)}, not of this command");
            else if (commands.Nearest(args, unknown) is { } near) console.MarkupLineInterpolated($"Did you mean [green]--{near}[/]?");
        }
        return UsageError;
    }

    private static string? UnknownOption(string message)
    {
        const string prefix = "Unknown option '";
        var start = message.IndexOf(prefix, StringComparison.Ordinal);
        if (start < 0) return null;
        var end = message.IndexOf('\'', start + prefix.Length);
        return end < 0 ? null : message[(start + prefix.Length)..end];
    }
}
