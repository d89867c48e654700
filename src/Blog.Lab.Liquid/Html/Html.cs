using System.Text;

namespace Blog.Lab.Liquid.Html;

/// <summary>HTML escaping for text and attribute values: everything the lab writes into a page goes through here.</summary>
internal static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }
}
