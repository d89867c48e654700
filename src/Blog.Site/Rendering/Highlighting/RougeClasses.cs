using ColorCode.Common;

namespace Blog.Site.Rendering.Highlighting;

/// <summary>
/// ColorCode's scope names mapped to the short token classes Rouge and Pygments emit (<c>k</c>, <c>s</c>, <c>c</c>...),
/// so any Rouge/Pygments stylesheet colours the output.
/// </summary>
internal static class RougeClasses
{
    private static readonly IReadOnlyDictionary<string, string> ByScope = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ScopeName.Comment] = "c",
        [ScopeName.HtmlComment] = "c",
        [ScopeName.XmlComment] = "c",
        [ScopeName.XmlDocComment] = "c",
        [ScopeName.XmlDocTag] = "c",
        [ScopeName.Keyword] = "k",
        [ScopeName.ControlKeyword] = "k",
        [ScopeName.PseudoKeyword] = "kp",
        [ScopeName.PreprocessorKeyword] = "cp",
        [ScopeName.HtmlServerSideScript] = "cp",
        [ScopeName.LanguagePrefix] = "kp",
        [ScopeName.String] = "s",
        [ScopeName.StringCSharpVerbatim] = "s",
        [ScopeName.JsonString] = "s2",
        [ScopeName.StringEscape] = "se",
        [ScopeName.XmlCDataSection] = "s",
        [ScopeName.Number] = "m",
        [ScopeName.JsonNumber] = "m",
        [ScopeName.ClassName] = "nc",
        [ScopeName.Type] = "kt",
        [ScopeName.TypeVariable] = "kt",
        [ScopeName.PowerShellType] = "kt",
        [ScopeName.NameSpace] = "nn",
        [ScopeName.Constructor] = "nf",
        [ScopeName.Predefined] = "nb",
        [ScopeName.BuiltinFunction] = "nb",
        [ScopeName.SqlSystemFunction] = "nb",
        [ScopeName.Intrinsic] = "nb",
        [ScopeName.PowerShellCommand] = "nb",
        [ScopeName.BuiltinValue] = "kc",
        [ScopeName.JsonConst] = "kc",
        [ScopeName.JsonKey] = "nl",
        [ScopeName.Operator] = "o",
        [ScopeName.HtmlOperator] = "o",
        [ScopeName.PowerShellOperator] = "o",
        [ScopeName.Delimiter] = "p",
        [ScopeName.Brackets] = "p",
        [ScopeName.XmlDelimiter] = "p",
        [ScopeName.HtmlTagDelimiter] = "p",
        [ScopeName.HtmlElementName] = "nt",
        [ScopeName.XmlName] = "nt",
        [ScopeName.CssSelector] = "nt",
        [ScopeName.HtmlAttributeName] = "na",
        [ScopeName.XmlAttribute] = "na",
        [ScopeName.Attribute] = "na",
        [ScopeName.PowerShellAttribute] = "na",
        [ScopeName.PowerShellParameter] = "na",
        [ScopeName.HtmlAttributeValue] = "s",
        [ScopeName.XmlAttributeValue] = "s",
        [ScopeName.XmlAttributeQuotes] = "s",
        [ScopeName.CssPropertyName] = "py",
        [ScopeName.CssPropertyValue] = "s",
        [ScopeName.HtmlEntity] = "ni",
        [ScopeName.SpecialCharacter] = "sc",
        [ScopeName.PowerShellVariable] = "nv",
        [ScopeName.MarkdownHeader] = "gh",
        [ScopeName.MarkdownCode] = "sb",
        [ScopeName.MarkdownListItem] = "k",
        [ScopeName.MarkdownEmph] = "ge",
        [ScopeName.MarkdownBold] = "gs",
    };

    /// <summary>The class for a scope, or null for scopes Rouge leaves unmarked (plain text).</summary>
    public static string? For(string scopeName) => ByScope.GetValueOrDefault(scopeName);
}
