using System.Text.Encodings.Web;
using Blog.Site.Diagnostics;
using Fluid;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>A parsed Liquid template and where its text starts, to place errors that happen while rendering it.</summary>
internal sealed record ParsedTemplate(IFluidTemplate Template, SourcePosition Position)
{
    public ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        Template.RenderAsync(writer, encoder, context);
}
