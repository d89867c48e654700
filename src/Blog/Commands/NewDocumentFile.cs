using System.Globalization;
using System.Text;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;

namespace Blog.Cli.Commands;

/// <summary>
/// What <c>new post</c> and <c>new draft</c> write: the file name (Jekyll's slug of the title, dated for a post)
/// and jekyll-compose's front matter (layout, title, date in the site's zone, categories, tags).
/// </summary>
public sealed record NewDocumentFile(string Title, IReadOnlyList<string> Categories, IReadOnlyList<string> Tags)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The post's path under <paramref name="source"/>: <c>_posts/YYYY-MM-DD-slug.md</c>.</summary>
    public string PostPath(string source, DateTimeOffset now) =>
        Path.Combine(source, "_posts", $"{now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Slug}.md");

    /// <summary>The draft's path under <paramref name="source"/>: <c>_drafts/slug.md</c>.</summary>
    public string DraftPath(string source) => Path.Combine(source, "_drafts", $"{Slug}.md");

    private string Slug
    {
        get
        {
            var slug = Slugifier.Slugify(Title);
            if (slug.Length == 0)
                throw new BuildFailedException(new BuildError(new SourcePosition("(title)", 1, 1),
                    $"the title \"{Title}\" has no letters or digits to make a file name from"));
            return slug;
        }
    }

    /// <summary>The file's text; <paramref name="date"/> is null for a draft (publish dates it).</summary>
    public string Text(string layout, DateTimeOffset? date)
    {
        var text = new StringBuilder("---\n");
        text.Append("layout: ").Append(layout).Append('\n');
        text.Append("title: ").Append(NewFrontMatterValues.Quoted(Title)).Append('\n');
        if (date is { } d) text.Append("date: ").Append(NewFrontMatterValues.Date(d)).Append('\n');
        text.Append("categories: ").Append(NewFrontMatterValues.List(Categories)).Append('\n');
        text.Append("tags: ").Append(NewFrontMatterValues.List(Tags)).Append('\n');
        text.Append("---\n\n");
        return text.ToString();
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, refusing to replace an existing file.</summary>
    public static async Task WriteNewAsync(string path, string text, string displayPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            // CreateNew: the check and the creation are one step, so a file appearing meanwhile is not overwritten.
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new BuildFailedException(new BuildError(new SourcePosition(displayPath, 1, 1),
                "already exists: pick another title, or edit that file"));
        }
        await using (stream)
            await stream.WriteAsync(Utf8NoBom.GetBytes(text), cancellationToken);
    }
}
