using System.Collections.Concurrent;
using Blog.Site.Content;
using Blog.Site.Content.Discovery;
using Blog.Site.Diagnostics;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// The build's layouts and includes, each parsed once, on first use, whichever thread gets there first; a template
/// that fails to parse is reported once and is null from then on. Files of <c>include_relative</c> are read from the
/// source folder the first time a page names them.
/// </summary>
internal sealed class TemplateLibrary
{
    private readonly string _source;
    private readonly LiquidTemplateParser _parser;
    private readonly ConcurrentDictionary<string, Lazy<RelativeInclude>> _relative = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, TemplateFile> _layoutFiles;
    private readonly Dictionary<string, Lazy<ParsedTemplate?>> _layouts;
    private readonly Dictionary<string, Lazy<ParsedTemplate?>> _includes;

    public TemplateLibrary(SiteContent content, LiquidTemplateParser parser)
    {
        _source = content.Settings.Source;
        _parser = parser;
        _layoutFiles = content.Layouts;
        _layouts = content.Layouts.ToDictionary(l => l.Key, l => ParseLater(l.Value, parser), StringComparer.Ordinal);
        _includes = content.Includes.ToDictionary(i => i.Key, i => ParseLater(i.Value, parser), StringComparer.Ordinal);
    }

    private static Lazy<ParsedTemplate?> ParseLater(TemplateFile file, LiquidTemplateParser parser) =>
        new(() => parser.Parse(file.Body, new SourcePosition(file.RelativePath, file.BodyLine, 1)), LazyThreadSafetyMode.ExecutionAndPublication);

    public bool HasInclude(string name) => _includes.ContainsKey(name);

    public ParsedTemplate? Include(string name) => _includes.TryGetValue(name, out var include) ? include.Value : null;

    /// <param name="path">Relative to the source folder, forward slashes, without <c>..</c>.</param>
    public RelativeInclude RelativeInclude(string path) =>
        _relative.GetOrAdd(path, p => new Lazy<RelativeInclude>(() => ReadRelative(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private RelativeInclude ReadRelative(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_source, path));
        if (!File.Exists(full)) return new RelativeInclude.Missing();
        // A symbolic link may point anywhere: what it leads to must be inside the source too.
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        var root = Path.TrimEndingDirectorySeparator(_source) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal) || !target.StartsWith(root, StringComparison.Ordinal)) return new RelativeInclude.Outside();
        return new RelativeInclude.Found(_parser.Parse(SourceFile.ReadText(full), new SourcePosition(path, 1, 1)));
    }

    public TemplateFile? LayoutFile(string name) => _layoutFiles.GetValueOrDefault(name);

    public ParsedTemplate? Layout(string name) => _layouts.TryGetValue(name, out var layout) ? layout.Value : null;
}

/// <summary>What an <c>include_relative</c> path leads to: a template (null when it failed to parse, reported), nothing, or outside the source.</summary>
internal abstract record RelativeInclude
{
    public sealed record Found(ParsedTemplate? Template) : RelativeInclude;

    public sealed record Missing : RelativeInclude;

    public sealed record Outside : RelativeInclude;
}
