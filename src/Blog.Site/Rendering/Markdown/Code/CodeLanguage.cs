using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Code;

/// <summary>How kramdown picks a code element's language and writes Rouge's classes (its <c>add_syntax_highlighter_to_class_attr</c>).</summary>
internal static class CodeLanguage
{
    public const string Plain = "plaintext";

    public static string Of(CodeBlock block, HtmlAttributes attributes)
    {
        if (block is FencedCodeBlock { Info: { Length: > 0 } info })
        {
            var options = info.IndexOf('?');
            var language = options > 0 ? info[..options] : info;
            if (language.Length > 0) return language;
        }
        return FromClasses(attributes) ?? Plain;
    }

    public static string? FromClasses(HtmlAttributes attributes) =>
        attributes.Classes?.FirstOrDefault(c => c.StartsWith("language-", StringComparison.Ordinal) && c.Length > 9)?[9..];

    /// <summary>The element's attributes without its language classes.</summary>
    public static HtmlAttributes WithoutLanguage(HtmlAttributes attributes)
    {
        var result = new HtmlAttributes { Id = attributes.Id };
        if (attributes.Properties is { } properties) foreach (var property in properties) result.AddProperty(property.Key, property.Value ?? "");
        foreach (var c in attributes.Classes ?? []) if (!c.StartsWith("language-", StringComparison.Ordinal)) result.AddClass(c);
        return result;
    }

    /// <summary>The element's attributes with <c>language-x</c> in place of any language class (else first) and <c>highlighter-rouge</c> last.</summary>
    public static HtmlAttributes WithRougeClasses(HtmlAttributes attributes, string language)
    {
        var result = new HtmlAttributes { Id = attributes.Id };
        if (attributes.Properties is { } properties) foreach (var property in properties) result.AddProperty(property.Key, property.Value ?? "");
        var classes = new List<string>();
        var placed = false;
        foreach (var c in attributes.Classes ?? [])
        {
            if (c.StartsWith("language-", StringComparison.Ordinal))
            {
                if (!placed) classes.Add("language-" + language);
                placed = true;
            }
            else
            {
                classes.Add(c);
            }
        }
        if (!placed) classes.Insert(0, "language-" + language);
        classes.Add("highlighter-rouge");
        foreach (var c in classes) result.AddClass(c);
        return result;
    }
}
