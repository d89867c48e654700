using Blog.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

// Ctrl+C and SIGTERM cancel the token instead of killing the process (see Interruption). The lab exits with the
// signal's code; the site's commands keep their own (serve stopped by Ctrl+C exits 0).
using var interruption = new Blog.Cli.Interruption();

if (args.Length > 0 && args[0] == "lab")
    return interruption.ExitCode(await Blog.Cli.Lab.LabCommand.RunAsync(args[1..], interruption.Token));

var app = new CommandApp<BuildCommand>();
app.Configure(config =>
{
    config.SetApplicationName("dotnet run --project src/Blog --");
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
return await app.RunAsync(args, interruption.Token);
