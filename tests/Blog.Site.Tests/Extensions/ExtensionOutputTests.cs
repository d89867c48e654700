using Blog.Site.Build;
using Blog.Site.Build.Incremental;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Files;
using Blog.Site.Rendering;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Extensions;

/// <summary>
/// An extension may write files of its own (<see cref="IOutputExtension"/>): a clean build writes them, a page at the
/// same path is an error naming both, and a <c>serve</c> session writes one again exactly when what it is made of
/// changed: after the extension read its inputs again, through the same path as the feed or the sitemap.
/// </summary>
public sealed class ExtensionOutputTests
{
    private static TempSite NotesSite() => new TempSite()
        .With("_config.yml", "title: Notes\ntime: 2024-03-01 10:00:00 +0000\n")
        .With("_notes.txt", "first note\n")
        .With("_posts/2024-02-14-one.md", "---\ntitle: One\n---\nOne.\n")
        .With("index.html", "---\ntitle: Home\n---\nHome.\n");

    [Fact]
    public async Task A_clean_build_writes_an_extensions_file()
    {
        using var site = NotesSite();

        await new SiteBuilder([NotesExtension.Load(site.Source)]).BuildAsync(site.Options());

        Assert.Equal("notes: first note\n", site.Output("notes.txt"));
    }

    [Fact]
    public async Task A_page_at_the_path_of_an_extensions_file_is_an_error_naming_both()
    {
        using var site = NotesSite().With("notes.txt", "---\n---\nmine\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder([NotesExtension.Load(site.Source)]).BuildAsync(site.Options()));

        Assert.Contains(failed.Errors, e => e.Message.Contains("notes.txt and (notes) both write notes.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_writes_an_extensions_file_again_exactly_when_its_input_changed()
    {
        using var site = NotesSite();
        await using var session = new IncrementalSiteBuilder([NotesExtension.Load(site.Source)]);
        await session.BuildAsync(site.Options(), [], CancellationToken.None);
        var notes = Path.Combine(site.Source, "_notes.txt");
        var post = Path.Combine(site.Source, "_posts", "2024-02-14-one.md");

        File.WriteAllText(post, "---\ntitle: One\n---\nOne, edited.\n");
        var postEdit = await session.BuildAsync(site.Options(), [post], CancellationToken.None);
        File.WriteAllText(notes, "second note\n");
        var notesEdit = await session.BuildAsync(site.Options(), [notes], CancellationToken.None);

        Assert.Equal(1, postEdit.Written);
        Assert.Equal([], notesEdit.Rendered);
        Assert.Equal(1, notesEdit.Written);
        Assert.Equal("notes: second note\n", site.Output("notes.txt"));
    }

    /// <summary>Reads <c>_notes.txt</c> of the site, and writes it as <c>notes.txt</c>.</summary>
    private sealed class NotesExtension(string file, string text) : IWatchedExtension, IOutputExtension
    {
        public static NotesExtension Load(string source)
        {
            var file = Path.Combine(source, "_notes.txt");
            return new NotesExtension(file, File.ReadAllText(file));
        }

        public IReadOnlyList<string> Inputs => [file];

        public void Register(LiquidRegistry registry) { }

        public Task<IWatchedExtension> ReloadAsync(SiteRead site, IReadOnlyCollection<string>? changes, CancellationToken cancellationToken) =>
            Task.FromResult<IWatchedExtension>(changes is null || changes.Contains(file) ? new NotesExtension(file, File.ReadAllText(file)) : this);

        public string VersionOf(string value) => text;

        public IEnumerable<IGeneratedFile> Files(SiteContent content) => [new NotesFile(text)];
    }

    private sealed class NotesFile(string text) : IGeneratedFile
    {
        public string OutputPath => "notes.txt";

        public string Source => "(notes)";

        public string? Fingerprint(GeneratedFileInputs inputs) => text;

        public ValueTask<FileContent> WriteAsync(SiteRenderer renderer, CancellationToken cancellationToken) => ValueTask.FromResult<FileContent>("notes: " + text);
    }
}
