using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Blog.Site.Diagnostics;
using Fluid;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>A parsed Liquid template, its text and where that text starts, to place errors that happen while rendering it.</summary>
internal sealed record ParsedTemplate(IFluidTemplate Template, SourcePosition Position, string Source)
{
    public ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        Template.RenderAsync(writer, encoder, context);

    /// <summary>
    /// The error a failure while rendering this template becomes: at the failing tag when the failure names one,
    /// else at the template's first line.
    /// </summary>
    public LiquidRenderException Failure(Exception error, string context)
    {
        if (error is TagRenderException tag)
        {
            var pattern = new Regex(@"\{%-?\s*" + Regex.Escape(tag.TagName) + @"\s+" + Regex.Escape(tag.Markup.Trim()));
            var match = pattern.Match(Source);
            if (match.Success)
            {
                var (line, column) = SourceLocator.LineAndColumn(Source, match.Index);
                return new LiquidRenderException(Position with { Line = Position.Line + line - 1, Column = column }, tag.Message);
            }
        }
        return new LiquidRenderException(Position, $"{context}{error.Message}");
    }
}
