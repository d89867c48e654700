using Blog.Site.Config.Yaml;
using Blog.Site.Content.Discovery;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content.FrontMatter;

/// <summary>A file split and its front matter parsed: the values as written, where each key is, and the body.</summary>
public sealed record ParsedFile(IReadOnlyDictionary<string, object?> FrontMatter, YamlDocument? Yaml, string Body, int BodyLine)
{
    public SourcePosition PositionOf(string relativePath, string key) =>
        Yaml?.LineOf(key) is > 0 and var line ? new SourcePosition(relativePath, line, 1) : new SourcePosition(relativePath);

    /// <summary>Parses <paramref name="text"/>; malformed YAML or front matter that is not a mapping is reported and gives null.</summary>
    public static ParsedFile? Parse(string relativePath, string text, YamlReader yaml, ErrorCollector errors)
    {
        var split = FrontMatterText.Split(text);
        if (!split.HasFrontMatter) return new ParsedFile(DefaultsMatcher.Empty, null, split.Body, split.BodyLine);

        var document = yaml.Read(split.Yaml!);
        if (document.Problem is { } problem)
        {
            errors.Error(new SourcePosition(relativePath, problem.Line, problem.Column), problem.Message);
            return null;
        }
        switch (document.Value)
        {
            case null:
                return new ParsedFile(DefaultsMatcher.Empty, document, split.Body, split.BodyLine);
            case IReadOnlyDictionary<string, object?> map:
                return new ParsedFile(map, document, split.Body, split.BodyLine);
            default:
                errors.Error(new SourcePosition(relativePath, 2, 1), "front matter must be a mapping of keys to values");
                return null;
        }
    }
}
