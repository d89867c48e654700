using System.Reflection;
using Blog.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli;

/// <summary>
/// The command line's commands and how it answers a mistake: an unknown option is named, the nearest known option
/// suggested, and the exit code is 2, as a usage error (a mistyped <c>--draft</c> must not build as if it were absent).
/// </summary>
public static class BlogApp
{
    public const int UsageError = 2;

    public static ICommandApp Create(IAnsiConsole? console = null)
    {
        var app = new CommandApp<BuildCommand>();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet run --project src/Blog --");
            if (console is not null) config.ConfigureConsole(console);
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((exception, _) => Report(exception, console ?? AnsiConsole.Console));
            config.AddCommand<BuildCommand>("build").WithDescription("Build the site (the default command).");
            config.AddCommand<ServeCommand>("serve").WithDescription("Build, serve on 127.0.0.1:4000, rebuild on change and reload open pages.");
            config.AddBranch("new", branch =>
            {
                branch.SetDescription("Start a post or a draft.");
                branch.AddCommand<NewPostCommand>("post").WithDescription("Write _posts/YYYY-MM-DD-slug.md, dated now in the site's timezone.");
                branch.AddCommand<NewDraftCommand>("draft").WithDescription("Write _drafts/slug.md.");
            });
            config.AddCommand<PublishCommand>("publish").WithDescription("Move a draft into _posts with today's date.");
            config.AddExample("--source", "my-jekyll-site", "--destination", "_site");
            config.AddExample("--drafts", "--future", "--lab", "frozen");
            config.AddExample("lab", "run", "container-start");
            config.AddExample("serve", "--drafts", "--port", "4001");
            config.AddExample("new", "post", "\"Containers start in milliseconds\"", "--categories", "devops", "--tags", "docker,linux");
            config.AddExample("publish", "input/_drafts/my-draft.md");
        });
        return app;
    }

    private static int Report(Exception exception, IAnsiConsole console)
    {
        if (exception is not CommandAppException usage)
        {
            // What Spectre.Console.Cli does without a handler: the exception shown, a failing exit code.
            console.WriteException(exception);
            return -1;
        }
        if (usage.Pretty is { } pretty) console.Write(pretty);
        else console.MarkupLineInterpolated($"[red]error:[/] {usage.Message}");
        if (UnknownOption(usage.Message) is { } unknown && Nearest(unknown) is { } near)
            console.MarkupLineInterpolated($"Did you mean [green]--{near}[/]?");
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

    /// <summary>The long option of any command closest to <paramref name="unknown"/>, within two edits; null when none is close.</summary>
    internal static string? Nearest(string unknown) =>
        typeof(BlogApp).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties())
            .SelectMany(p => p.GetCustomAttribute<CommandOptionAttribute>()?.LongNames ?? [])
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(unknown, name)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
