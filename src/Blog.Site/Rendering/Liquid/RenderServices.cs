using System.Collections.Concurrent;
using Blog.Site.Config;
using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Liquid.Templates;
using Blog.Site.Rendering.Liquid.Values;
using Blog.Site.Rendering.Markdown;
using Fluid;

namespace Blog.Site.Rendering.Liquid;

/// <summary>
/// What Jekyll's tags and filters need from the build (Jekyll's "registers"): one per build, reached through each
/// render's context so that the parser and filter functions stay free of build state.
/// </summary>
internal sealed class RenderServices(
    SiteSettings settings,
    TemplateLibrary templates,
    UrlIndex urls,
    SyntaxHighlighter highlighter,
    MarkdownConverter markdown,
    LiquidValueConverter values,
    FluidParser parser)
{
    private const string Key = "blog.services";
    private readonly ConcurrentDictionary<string, IFluidTemplate> _expressions = new(StringComparer.Ordinal);

    public SiteSettings Settings => settings;
    public TemplateLibrary Templates => templates;
    public UrlIndex Urls => urls;
    public SyntaxHighlighter Highlighter => highlighter;
    public MarkdownConverter Markdown => markdown;
    public LiquidValueConverter Values => values;

    public void AttachTo(TemplateContext context) => context.AmbientValues[Key] = this;

    public static RenderServices From(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var services) && services is RenderServices found
            ? found
            : throw new InvalidOperationException("This template context was not made by the site renderer.");

    /// <summary>
    /// A Liquid snippet given to a filter as text (<c>where_exp</c>, <c>group_by_exp</c>), parsed once per build.
    /// Throws with the parser's message when it is not valid Liquid.
    /// </summary>
    public IFluidTemplate Snippet(string source) => _expressions.GetOrAdd(source, static (text, p) =>
        LiquidNesting.Problem(text) is var (_, problem)
            ? throw new InvalidOperationException($"invalid expression in '{text}': {problem}")
            : p.TryParse(text, out var template, out var error)
            ? Blog.Site.Rendering.Liquid.Templates.RubyMembers.Rewrite(template)
            : throw new InvalidOperationException($"invalid expression in '{text}': {error.Split('\n')[0]}"), parser);
}
