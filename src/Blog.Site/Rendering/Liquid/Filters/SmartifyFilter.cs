using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Site.Rendering.Markdown.Typography;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>smartify</c>: kramdown's SmartyPants parser, i.e. the same smart quotes and typographic symbols as
/// Markdown text (<see cref="KramdownTypography"/>), with HTML tags kept as they are, entities written as
/// characters (except <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>), other <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>
/// escaped, and one trailing newline removed. No other Markdown is read.
/// </summary>
internal static partial class SmartifyFilter
{
    // kramdown reads << as a guillemet before it tries a tag, so a tag right after < is text.
    [GeneratedRegex(@"(?<!<)<(?:/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?|!--[\s\S]*?--|\?[\s\S]*?\?)>|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")]
    private static partial Regex MarkupOrEntity();

    private const int Lookahead = 4;

    public static void Register(FilterCollection filters) =>
        filters.AddFilter("smartify", (input, _, _) => new ValueTask<FluidValue>(StringValue.Create(Smartify(input.IsNil() ? "" : input.ToStringValue()))));

    public static string Smartify(string text)
    {
        var output = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match token in MarkupOrEntity().Matches(text))
        {
            AppendText(output, text, position, token.Index);
            if (token.Value[0] == '<') output.Append(token.Value);
            else AppendEntity(output, token.Value);
            position = token.Index + token.Length;
        }
        AppendText(output, text, position, text.Length);
        if (output.Length > 0 && output[^1] == '\n') output.Length--;
        if (output.Length > 0 && output[^1] == '\r') output.Length--;
        return output.ToString();
    }

    private static void AppendText(StringBuilder output, string text, int start, int end)
    {
        if (end <= start) return;
        var following = text.Substring(end, Math.Min(Lookahead, text.Length - end));
        foreach (var c in KramdownTypography.Convert(text[start..end], following))
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                default: output.Append(c); break;
            }
        }
    }

    private static void AppendEntity(StringBuilder output, string entity)
    {
        var decoded = WebUtility.HtmlDecode(entity);
        if (decoded == entity || decoded is "&" or "<" or ">") output.Append(decoded == entity ? entity : WebUtility.HtmlEncode(decoded));
        else output.Append(decoded);
    }
}
