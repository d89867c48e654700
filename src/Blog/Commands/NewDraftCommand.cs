using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary><c>new draft "Title"</c>: writes <c>_drafts/slug.md</c>, undated (<c>publish</c> dates it).</summary>
public sealed class NewDraftCommand(IAnsiConsole console) : AsyncCommand<NewSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        var source = settings.SourceFolder(RepositoryLayout.FromWorkingDirectory());
        return await NewCommandRun.RunAsync(console, source, async () =>
        {
            var document = settings.Document();
            var path = document.DraftPath(source);
            await NewDocumentFile.WriteNewAsync(path, document.Text(settings.Layout, date: null), NewCommandRun.Display(path), cancellationToken);
            return path;
        });
    }
}
