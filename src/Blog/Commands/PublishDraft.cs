using System.Text;
using System.Text.RegularExpressions;
using Blog.Site.Diagnostics;

namespace Blog.Cli.Commands;

/// <summary>
/// <c>publish</c>: moves <c>…/_drafts/name.md</c> to the sibling <c>…/_posts/YYYY-MM-DD-name.md</c> and sets the
/// front matter's <c>date</c> to the same moment, so the file name and the front matter agree.
/// </summary>
public static partial class PublishDraft
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Returns the new post's path. <paramref name="displayPath"/> names the draft in errors.</summary>
    public static async Task<string> PublishAsync(string draftPath, string displayPath, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var draft = new FileInfo(draftPath);
        if (draft.Directory?.Name != "_drafts")
            throw Error(displayPath, 0, "is not in a _drafts folder: publish moves a draft into the _posts folder beside it");
        if (!draft.Exists)
            throw Error(displayPath, 0, "no such draft");

        var postsFolder = Path.Combine(draft.Directory.Parent!.FullName, "_posts");
        var target = Path.Combine(postsFolder, $"{now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}-{Path.GetFileName(draftPath)}");
        if (File.Exists(target))
            throw Error(displayPath, 1, $"{Path.GetRelativePath(Environment.CurrentDirectory, target)} already exists: rename the draft first");

        var text = await File.ReadAllTextAsync(draftPath, cancellationToken);
        var dated = WithDate(text, NewFrontMatterValues.Date(now));
        Directory.CreateDirectory(postsFolder);
        await NewDocumentFile.WriteNewAsync(target, dated, Path.GetRelativePath(Environment.CurrentDirectory, target), cancellationToken);
        File.Delete(draftPath);
        return target;
    }

    /// <summary>Replaces the front matter's top-level <c>date:</c> line, or adds one; adds front matter when there is none.</summary>
    public static string WithDate(string text, string date)
    {
        var front = FrontMatter().Match(text);
        if (!front.Success) return $"---\ndate: {date}\n---\n{text}";
        var body = front.Groups["body"];
        var dateLine = DateLine().Match(body.Value);
        var newBody = dateLine.Success
            ? body.Value[..dateLine.Index] + $"date: {date}" + body.Value[(dateLine.Index + dateLine.Length)..]
            : body.Value + $"date: {date}\n";
        return text[..body.Index] + newBody + text[(body.Index + body.Length)..];
    }

    private static BuildFailedException Error(string path, int line, string message) =>
        new(new BuildError(new SourcePosition(path, line, line == 0 ? 0 : 1), message));

    [GeneratedRegex(@"\A---[ \t]*\r?\n(?<body>(?:.*\r?\n)*?)---[ \t]*(\r?\n|\z)")]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^date:[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
