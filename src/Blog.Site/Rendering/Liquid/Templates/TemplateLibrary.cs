using Blog.Site.Content;
using Blog.Site.Diagnostics;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// The build's layouts and includes, each parsed once, on first use, whichever thread gets there first; a template
/// that fails to parse is reported once and is null from then on.
/// </summary>
internal sealed class TemplateLibrary
{
    private readonly IReadOnlyDictionary<string, TemplateFile> _layoutFiles;
    private readonly Dictionary<string, Lazy<ParsedTemplate?>> _layouts;
    private readonly Dictionary<string, Lazy<ParsedTemplate?>> _includes;

    public TemplateLibrary(SiteContent content, LiquidTemplateParser parser)
    {
        _layoutFiles = content.Layouts;
        _layouts = content.Layouts.ToDictionary(l => l.Key, l => ParseLater(l.Value, parser), StringComparer.Ordinal);
        _includes = content.Includes.ToDictionary(i => i.Key, i => ParseLater(i.Value, parser), StringComparer.Ordinal);
    }

    private static Lazy<ParsedTemplate?> ParseLater(TemplateFile file, LiquidTemplateParser parser) =>
        new(() => parser.Parse(file.Body, new SourcePosition(file.RelativePath, file.BodyLine, 1)), LazyThreadSafetyMode.ExecutionAndPublication);

    public bool HasInclude(string name) => _includes.ContainsKey(name);

    public ParsedTemplate? Include(string name) => _includes.TryGetValue(name, out var include) ? include.Value : null;

    public TemplateFile? LayoutFile(string name) => _layoutFiles.GetValueOrDefault(name);

    public ParsedTemplate? Layout(string name) => _layouts.TryGetValue(name, out var layout) ? layout.Value : null;
}
