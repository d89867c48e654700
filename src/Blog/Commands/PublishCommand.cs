using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary><c>publish input/_drafts/x.md</c>: moves the draft into <c>_posts</c>, dated now in the site's zone.</summary>
public sealed class PublishCommand(IAnsiConsole console) : AsyncCommand<PublishSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PublishSettings settings, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(settings.Source ?? RepositoryLayout.FromWorkingDirectory().Input);
        return await NewCommandRun.RunAsync(console, source, () =>
            PublishDraft.PublishAsync(Path.GetFullPath(settings.Draft), settings.Draft, NewSiteTime.Now(source, TimeProvider.System), cancellationToken));
    }
}
