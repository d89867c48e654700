using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Blog.Site.Outputs.Liquid.Seo;

/// <summary>
/// The schema.org description jekyll-seo-tag puts in <c>&lt;script type="application/ld+json"&gt;</c>, keys in
/// its (alphabetical) order. Every <c>&lt;</c> is written <c>\u003C</c>, so no value can close the script element or
/// open a comment in it.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The relaxed encoder keeps text readable (no \u002B for '+', no escaped accents); the characters that
        // matter inside a script element are escaped afterwards.
        Encoder = Rendering.Liquid.Filters.RubyJsonEncoder.Instance,
        Indented = false,
    };

    public static string Write(SeoData seo)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", seo.Type);
            if (seo.Author is { } author && (author.Type is null || author.Type is "Person" or "Organization"))
            {
                json.WriteStartObject("author");
                json.WriteString("@type", author.Type ?? "Person");
                json.WriteString("name", author.Name);
                if (author.Url is { } url) json.WriteString("url", url);
                json.WriteEndObject();
            }
            if (seo.DateModified is { } modified) json.WriteString("dateModified", XmlSchemaDate.Format(modified));
            if (seo.DatePublished is { } published) json.WriteString("datePublished", XmlSchemaDate.Format(published));
            // The texts jekyll-seo-tag formats are escaped for HTML before they are put in the JSON (escape_once): as there.
            if (seo.Description is { } description) json.WriteString("description", HtmlAttribute.Escape(description));
            if (seo.PageTitle is { } headline) json.WriteString("headline", HtmlAttribute.Escape(headline));
            if (seo.Image is { } image) json.WriteString("image", image);
            if (seo.Type is "BlogPosting" or "CreativeWork")
            {
                json.WriteStartObject("mainEntityOfPage");
                json.WriteString("@type", "WebPage");
                json.WriteString("@id", seo.CanonicalUrl);
                json.WriteEndObject();
            }
            if (seo.Name is { } name) json.WriteString("name", HtmlAttribute.Escape(name));
            if (seo.Logo is { } logo)
            {
                json.WriteStartObject("publisher");
                json.WriteString("@type", "Organization");
                json.WriteStartObject("logo");
                json.WriteString("@type", "ImageObject");
                json.WriteString("url", logo);
                json.WriteEndObject();
                if (seo.Author is { } publisher) json.WriteString("name", publisher.Name);
                json.WriteEndObject();
            }
            json.WriteString("url", seo.CanonicalUrl);
            json.WriteEndObject();
        }
        return EscapeForScriptElement(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>
    /// Outside strings, JSON has none of these characters, so replacing them everywhere only touches string
    /// contents, where the escapes mean the same characters. In a script element only a '&lt;' can end it
    /// (<c>&lt;/script</c>) or open a comment; '&amp;' and '&gt;' are text there, and stay as jekyll-seo-tag writes them.
    /// </summary>
    private static string EscapeForScriptElement(string json) =>
        json.Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
