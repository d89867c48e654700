using System.Collections.Concurrent;
using System.Globalization;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Images;
using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Layouts;
using Blog.Site.Rendering.Liquid;
using Blog.Site.Rendering.Liquid.Filters;
using Blog.Site.Rendering.Liquid.Templates;
using Blog.Site.Rendering.Liquid.Values;
using Blog.Site.Rendering.Markdown;
using Blog.Site.Rendering.Markdown.Code;
using Blog.Site.Rendering.Sass;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering;

/// <summary>
/// The rendering stage of one build: a document's body through Liquid, then Markdown, then its layout chain, with
/// Jekyll's variables, filters and tags. Created once per build (parser, filters, Markdown pipeline and templates are
/// shared); every method may be called in parallel for different documents. Problems are reported to the build's
/// <see cref="ErrorCollector"/> as <c>path:line:col: message</c> and the document renders as far as it can, so one
/// broken page does not hide the others' errors.
/// </summary>
public sealed class SiteRenderer : IDocumentContentSource
{
    /// <summary>Contents kept for reuse (feeds and listings ask for the same recent posts); the rest is recomputed.</summary>
    private const int ContentCacheSize = 256;

    private readonly SiteContent _content;
    private readonly RenderErrors _errors;
    private readonly LiquidValueConverter _values;
    private readonly DocumentContentRenderer _documents;
    private readonly LayoutRenderer _layouts;
    private readonly BoundedCache<Document, RenderedText> _contents = new(ContentCacheSize);
    private readonly ConcurrentDictionary<Document, RenderedText> _excerpts = new(ReferenceEqualityComparer.Instance);

    private SiteRenderer(SiteContent content, IEnumerable<ISiteExtension> extensions, ErrorCollector collector, JekyllParser parser, SiteImages? images)
    {
        _content = content;
        _errors = new RenderErrors(collector);
        var settings = content.Settings;

        // Jekyll's liquid: strict_filters (off by default): an unknown filter passes its value through with a warning.
        var strictFilters = Outputs.DataValues.Get(settings.Values, "liquid", "strict_filters") is true;
        var options = new TemplateOptions
        {
            StrictFilters = strictFilters,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = settings.TimeZone,
            Now = () => settings.Time,
        };
        JekyllFilters.Register(options.Filters);

        _values = new LiquidValueConverter(content, options, this);
        options.ValueConverters.Add(value => value is Document document ? _values.Drop(document) : null);

        var registry = new LiquidRegistry(parser, options, collector);
        foreach (var extension in extensions) registry.Register(extension);
        foreach (var (name, value) in registry.Globals) options.Scope.SetValue(name, _values.Convert(value));
        options.Scope.SetValue("jekyll", JekyllValue());

        var highlighter = new SyntaxHighlighter();
        var markdown = new MarkdownConverter(highlighter, KramdownOptions.From(settings));
        var urls = new UrlIndex(content);
        var includeNames = new HashSet<string>(content.Includes.Keys, StringComparer.Ordinal);
        var templateParser = new LiquidTemplateParser(parser, options.Filters, includeNames, urls, _errors, strictFilters);
        var templates = new TemplateLibrary(content, templateParser);
        var services = new RenderServices(settings, templates, urls, highlighter, markdown, _values, parser);
        var contexts = new RenderContexts(options, services, SiteValue.Create(content, _values), content);

        _documents = new DocumentContentRenderer(templateParser, contexts, _values, markdown, new SassCompiler(SassOptions.From(settings)),
            images is { Options.Enabled: true } ? new ImageMarkup(images, settings.BaseUrl, _errors) : null);
        _layouts = new LayoutRenderer(templates, contexts, _values, _errors);
    }

    public static SiteRenderer Create(SiteContent content, IEnumerable<ISiteExtension> extensions, ErrorCollector errors) =>
        new(content, extensions, errors, new JekyllParser(), null);

    /// <param name="parser">A fresh parser for this build (extensions add their tags to it), built ahead by the caller.</param>
    /// <param name="images">The build's images, made before rendering, which documents' images are shown with.</param>
    internal static SiteRenderer Create(SiteContent content, IEnumerable<ISiteExtension> extensions, ErrorCollector errors, JekyllParser parser,
        SiteImages? images = null) =>
        new(content, extensions, errors, parser, images);

    /// <summary>The page as written to the output: content in its layouts; <paramref name="pager"/> for a paginated listing.</summary>
    public ValueTask<string> RenderPageAsync(Document document, Pager? pager, CancellationToken ct) => RenderPageAsync(document, pager, null, null, ct);

    /// <param name="reads">Where the extension values the page reads are recorded (its content, layouts, includes, and the texts of other documents it shows).</param>
    /// <param name="contentRendered">Told the document's content before it goes into its layouts (the search index reads it).</param>
    internal async ValueTask<string> RenderPageAsync(Document document, Pager? pager, ValueReads? reads, Action<Document, string>? contentRendered,
        CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var stack = (reads is null ? RenderStack.Empty : RenderStack.Recording(reads)).Push(document, DocumentPart.Content);
        var paginator = pager is null ? null : PaginatorValue.Create(pager, _values);
        try
        {
            // Only content that templates ask for is cached (feeds, listings); a page's own is used once.
            var content = pager is null && _contents.TryGet(document, out var cached)
                ? Replay(cached, stack)
                : await _documents.RenderAsync(document, document.Body, paginator, stack, ct);
            ct.ThrowIfCancellationRequested();
            contentRendered?.Invoke(document, content);
            return document.Layout is null ? content : await _layouts.ApplyAsync(document, content, paginator, stack.Finished(document, content));
        }
        catch (Exception e) when (Report(document, e))
        {
            return "";
        }
    }

    /// <summary>The document's content without layouts (Jekyll's <c>page.content</c> once converted).</summary>
    public ValueTask<string> RenderContentAsync(Document document, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return ContentAsync(document, RenderStack.Empty);
    }

    /// <summary>Jekyll's excerpt: the text before the excerpt separator, rendered; empty when there is none.</summary>
    public ValueTask<string> RenderExcerptAsync(Document document, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return ExcerptAsync(document, RenderStack.Empty);
    }

    ValueTask<string> IDocumentContentSource.ContentAsync(Document document, TemplateContext caller) =>
        ContentAsync(document, RenderStack.Of(caller));

    ValueTask<string> IDocumentContentSource.ExcerptAsync(Document document, TemplateContext caller) =>
        ExcerptAsync(document, RenderStack.Of(caller));

    private async ValueTask<string> ContentAsync(Document document, RenderStack stack)
    {
        stack.ReadingBodyOf(document);
        if (stack.FinishedContent(document) is { } finished) return finished;
        if (JekyllRendersLater(document, stack.Current)) return document.Body;
        if (_contents.TryGet(document, out var cached)) return Replay(cached, stack);
        if (!stack.CanRender(document, DocumentPart.Content)) return document.Body;
        try
        {
            var reads = new ValueReads();
            var content = await _documents.RenderAsync(document, document.Body, null, stack.Push(document, DocumentPart.Content, reads));
            var rendered = RenderedText.Of(content, reads);
            _contents.Add(document, rendered);
            return Replay(rendered, stack);
        }
        catch (Exception e) when (Report(document, e))
        {
            return "";
        }
    }

    /// <summary>
    /// Jekyll renders posts one after another, oldest first, and a post's <c>content</c> is its source text until its
    /// turn comes: so a post that lists newer posts' content (in its body or its layouts) shows their unrendered text,
    /// Markdown and Liquid as written. Sites show this (a "next post" teaser in raw Markdown), so Blog gives the same
    /// text. <paramref name="rendering"/> is the post whose text is being rendered; pages, the feed and other outputs
    /// come after every post and see all of them rendered.
    /// </summary>
    private static bool JekyllRendersLater(Document document, Document? rendering) =>
        rendering is { IsPost: true } && document.IsPost && !ReferenceEquals(document, rendering) &&
        (document.Date > rendering.Date || (document.Date == rendering.Date && string.CompareOrdinal(document.RelativePath, rendering.RelativePath) > 0));

    private async ValueTask<string> ExcerptAsync(Document document, RenderStack stack)
    {
        stack.ReadingBodyOf(document);
        if (_excerpts.TryGetValue(document, out var cached)) return Replay(cached, stack);
        var text = Excerpts.Text(document, _content.Settings);
        if (text is null) return "";
        if (!stack.CanRender(document, DocumentPart.Excerpt)) return text;
        try
        {
            var reads = new ValueReads();
            var excerpt = await _documents.RenderAsync(document, text, null, stack.Push(document, DocumentPart.Excerpt, reads));
            var rendered = RenderedText.Of(excerpt, reads);
            _excerpts.TryAdd(document, rendered);
            return Replay(rendered, stack);
        }
        catch (Exception e) when (Report(document, e))
        {
            return "";
        }
    }

    /// <summary>
    /// A cached text is shown by many pages: each of them read what the text read (extension values, includes, data...),
    /// so a page is rendered again when an input shown through another document's content or excerpt changes; and a page whose own content was cached
    /// while another page showed it still read the other documents' texts that content shows.
    /// </summary>
    private static string Replay(RenderedText rendered, RenderStack stack)
    {
        if (rendered.Reads.Count > 0) stack.Reads?.AddAll(rendered.Reads);
        if (rendered.Inputs.Count > 0) stack.Reads?.AddInputs(rendered.Inputs);
        if (rendered.Bodies) stack.Reads?.AddBody();
        return rendered.Text;
    }

    /// <summary>A document's rendered content or excerpt, the extension values and site inputs rendering it read, and whether it read other documents' texts.</summary>
    private sealed record RenderedText(string Text, IReadOnlyCollection<string> Reads, IReadOnlyCollection<string> Inputs, bool Bodies)
    {
        public static RenderedText Of(string text, ValueReads reads) => new(text, reads.Values, reads.Inputs, reads.Bodies);
    }

    /// <summary>Records a rendering failure as a build error; false (rethrow) for cancellation.</summary>
    private bool Report(Document document, Exception error)
    {
        switch (error)
        {
            case OperationCanceledException:
                return false;
            case TemplateAlreadyReportedException:
                return true;
            case LiquidRenderException located:
                _errors.Error(located.Position, located.Message);
                return true;
            case StylesheetException stylesheet:
                _errors.Error(stylesheet.Position, stylesheet.Message);
                return true;
            default:
                _errors.Error(document.Position(1, 1), $"rendering failed: {error.Message}");
                return true;
        }
    }

    private static FixedHash JekyllValue() => new(
    [
        new("version", StringValue.Create("4.3.1")),
        new("environment", StringValue.Create(Environment.GetEnvironmentVariable("JEKYLL_ENV") ?? "development")),
    ]);
}
