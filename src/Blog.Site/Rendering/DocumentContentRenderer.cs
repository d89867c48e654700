using Blog.Site.Content;
using Blog.Site.Rendering.Liquid;
using Blog.Site.Diagnostics;
using Blog.Site.Outputs.Images;
using Blog.Site.Rendering.Liquid.Tags;
using Blog.Site.Rendering.Liquid.Templates;
using Blog.Site.Rendering.Liquid.Values;
using Blog.Site.Rendering.Markdown;
using Blog.Site.Rendering.Sass;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering;

/// <summary>
/// A document's text to its output without layouts, in Jekyll's order: Liquid first (unless
/// <c>render_with_liquid: false</c>), then its converter: Markdown for <c>.md</c>/<c>.markdown</c> files, Sass for
/// <c>.scss</c>/<c>.sass</c> files.
/// </summary>
/// A Markdown document's local images then get their sizes and smaller versions (<see cref="ImageMarkup"/>, when the site makes them).
internal sealed class DocumentContentRenderer(
    LiquidTemplateParser parser, RenderContexts contexts, LiquidValueConverter values, MarkdownConverter markdown, SassCompiler sass,
    ImageMarkup? images = null)
{
    /// <param name="text">The body, or a part of it such as the excerpt, starting at the body's first line.</param>
    /// <exception cref="TemplateAlreadyReportedException">The text has Liquid errors (reported).</exception>
    /// <exception cref="StylesheetException">A stylesheet does not compile.</exception>
    public async ValueTask<string> RenderAsync(Document document, string text, FluidValue? paginator, RenderStack stack,
        CancellationToken ct = default)
    {
        if (SassSyntax.IsSass(document.Extension))
            return await sass.CompileAsync(document, await RenderLiquidAsync(document, text, paginator, stack), ct);

        var isMarkdown = IsMarkdown(document.Extension);
        var output = text;
        if (RendersLiquid(document) && HasLiquid(text))
        {
            var template = parser.Parse(text, document.Position(1, 1)) ?? throw new TemplateAlreadyReportedException();
            var context = contexts.Create(values.Drop(document), paginator, stack);
            if (isMarkdown) ProtectedHtml.Begin(context);
            output = await RenderTemplateAsync(template, context);
            if (isMarkdown) return WithImages(ProtectedHtml.Of(context)!.Restore(ToHtml(document, output)), document, text, stack);
        }
        return isMarkdown ? WithImages(ToHtml(document, output), document, text, stack) : output;
    }

    private string WithImages(string html, Document document, string text, RenderStack stack) =>
        images is null ? html : images.Rewrite(html, document, isContent: ReferenceEquals(text, document.Body), stack);

    private string ToHtml(Document document, string text)
    {
        try
        {
            return markdown.ToHtml(text);
        }
        catch (MarkdownTooDeepException e)
        {
            throw new LiquidRenderException(document.Position(1, 1), e.Message);
        }
    }

    /// <summary>The text with its Liquid run, as Jekyll does for a stylesheet with front matter before Sass sees it.</summary>
    private async ValueTask<string> RenderLiquidAsync(Document document, string text, FluidValue? paginator, RenderStack stack)
    {
        if (!RendersLiquid(document) || !HasLiquid(text)) return text;
        var template = parser.Parse(text, document.Position(1, 1)) ?? throw new TemplateAlreadyReportedException();
        return await RenderTemplateAsync(template, contexts.Create(values.Drop(document), paginator, stack));
    }

    public static async ValueTask<string> RenderTemplateAsync(ParsedTemplate template, TemplateContext context)
    {
        var writer = new StringWriter();
        try
        {
            await template.RenderAsync(writer, NullEncoder.Default, context);
        }
        catch (Exception e) when (e is not (LiquidRenderException or TemplateAlreadyReportedException or OperationCanceledException))
        {
            throw template.Failure(e, "Liquid error: ");
        }
        return writer.ToString();
    }

    public static bool IsMarkdown(string extension) =>
        extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>Text without a tag or an output renders as itself, so most posts skip parsing it as a template.</summary>
    private static bool HasLiquid(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);

    private static bool RendersLiquid(Document document) =>
        !(document.Data.TryGetValue("render_with_liquid", out var flag) && flag is false or "false");
}
