using Blog.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

// Ctrl+C cancels the token instead of killing the process, so the lab can stop its containers and VMs
// and the build can remove its staging folder before exiting.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; cancellation.Cancel(); });

if (args.Length > 0 && args[0] == "lab")
    return await Blog.Cli.Lab.LabCommand.RunAsync(args[1..], cancellation.Token);

var app = new CommandApp<BuildCommand>();
app.Configure(config =>
{
    config.SetApplicationName("dotnet run --project src/Blog --");
    config.AddCommand<BuildCommand>("build").WithDescription("Build the site (the default command).");
    config.AddExample("--source", "my-jekyll-site", "--destination", "_site");
    config.AddExample("--drafts", "--future", "--lab", "frozen");
    config.AddExample("lab", "run", "container-start");
});
return await app.RunAsync(args, cancellation.Token);
