using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Rendering.Liquid;
using Blog.Site.Rendering.Liquid.Templates;
using Blog.Site.Rendering.Liquid.Values;
using Fluid.Values;

namespace Blog.Site.Rendering.Layouts;

/// <summary>
/// Wraps rendered content in its layout, then that layout's layout, and so on (<c>layout:</c> in a layout's front
/// matter). Each layout sees <c>content</c> (the HTML so far), <c>page</c> (a post's or document's with its converted content, a page's with its text as written) and
/// <c>layout</c> (its front matter over its parents', inner values winning, as Jekyll merges them).
/// </summary>
internal sealed class LayoutRenderer(TemplateLibrary templates, RenderContexts contexts, LiquidValueConverter values, RenderErrors errors)
{
    public async ValueTask<string> ApplyAsync(Document document, string content, FluidValue? paginator, RenderStack stack)
    {
        // Jekyll gives a page's layouts the page as it was before rendering (page.content is its text as written), and a post
        // or another collection's document as it is now (its converted content).
        var page = values.Drop(document).WithContent(document.IsCollectionDocument ? content : document.Body);
        var output = content;
        var layoutData = new Dictionary<string, object?>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var name = document.Layout;
        // Who asked for the current layout; its line is looked up only for an error, since that reads the file.
        var (requester, requesterPath) = (document.RelativePath, document.FullPath);

        while (name is not null)
        {
            stack.Reads?.AddInput(SiteInput.Layout(name));
            var file = templates.LayoutFile(name);
            if (file is null)
            {
                errors.Error(FrontMatterPosition.Of(requester, requesterPath, "layout"), $"unknown layout '{name}' (no _layouts/{name}.html in the site or theme)");
                throw new TemplateAlreadyReportedException();
            }
            if (!used.Add(name))
            {
                errors.Warning(FrontMatterPosition.Of(requester, requesterPath, "layout"), $"layout '{name}' is already used by this page's layout chain; stopping there");
                break;
            }
            var template = templates.Layout(name) ?? throw new TemplateAlreadyReportedException();
            foreach (var (key, value) in file.Data) layoutData.TryAdd(key, value);

            var context = contexts.Create(page, paginator, stack);
            context.SetValue("content", StringValue.Create(output));
            context.SetValue("layout", new DataHash(new Dictionary<string, object?>(layoutData), values));
            output = await DocumentContentRenderer.RenderTemplateAsync(template, context);

            (requester, requesterPath) = (file.RelativePath, file.FullPath);
            name = ParentOf(file);
        }
        return output;
    }

    private static string? ParentOf(TemplateFile layout) =>
        layout.Data.TryGetValue("layout", out var parent) && parent is string text && text.Length > 0 && text is not ("null" or "none")
            ? text
            : null;
}
