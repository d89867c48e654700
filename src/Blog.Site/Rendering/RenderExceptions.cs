using Blog.Site.Diagnostics;

namespace Blog.Site.Rendering;

/// <summary>A template failed while rendering, at a known place in a known file.</summary>
internal sealed class LiquidRenderException(SourcePosition position, string message) : Exception(message)
{
    public SourcePosition Position { get; } = position;
}

/// <summary>A stylesheet did not compile, at a known place in it or in one of its partials.</summary>
internal sealed class StylesheetException(SourcePosition position, string message) : Exception(message)
{
    public SourcePosition Position { get; } = position;
}

/// <summary>A template could not be used because it failed to parse; that error is already reported at its file.</summary>
internal sealed class TemplateAlreadyReportedException() : Exception("template failed to parse");

/// <summary>A Jekyll tag failed while rendering (an include or link target that does not exist): names the tag and its markup so the error can point at it.</summary>
internal sealed class TagRenderException(string tagName, string markup, string message) : Exception(message)
{
    public string TagName { get; } = tagName;
    public string Markup { get; } = markup;
}
