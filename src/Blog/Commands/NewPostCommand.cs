using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary><c>new post "Title"</c>: writes <c>_posts/YYYY-MM-DD-slug.md</c>, dated now in the site's zone.</summary>
public sealed class NewPostCommand(IAnsiConsole console) : AsyncCommand<NewSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        var source = settings.SourceFolder(RepositoryLayout.FromWorkingDirectory());
        return await NewCommandRun.RunAsync(console, source, async () =>
        {
            var document = settings.Document();
            var now = NewSiteTime.Now(source, TimeProvider.System);
            var path = document.PostPath(source, now);
            await NewDocumentFile.WriteNewAsync(path, document.Text(settings.Layout, now), NewCommandRun.Display(path), cancellationToken);
            return path;
        });
    }
}
