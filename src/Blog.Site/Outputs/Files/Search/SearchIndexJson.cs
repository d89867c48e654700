using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Blog.Site.Config;
using Blog.Site.Content;

namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// The search index as the theme's script (<c>assets/js/search.js</c>) reads it: one compact JSON object,
/// <c>{"posts":[{"t":title,"u":url,"d":"2024-02-14","c":[categories],"g":[tags],"h":[headings],"x":text,"w":words}]}</c>.
/// Titles are the front matter's text (the page shows them escaped, so does the script: as text, never as markup).
/// Written by <see cref="Utf8JsonWriter"/>: every value is escaped, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes
/// as <c>\u003C</c>..., so no title or text can end a string, the object, or a script element the JSON were put in.
/// </summary>
internal static class SearchIndexJson
{
    // Letters of every script stay as they are (an index of a German or Japanese blog stays small); what HTML gives
    // meaning to is escaped anyway.
    internal static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The index in UTF-8, as the file holds it.</summary>
    internal static ReadOnlyMemory<byte> Write(SiteSettings site, IReadOnlyList<(Document Post, PostJson Text)> posts)
    {
        // Room for every post's encoded texts and ~256 bytes of title, URL and date: the buffer seldom grows (and is copied).
        var buffer = new ArrayBufferWriter<byte>(64 + posts.Sum(p => p.Text.Values.Length + 256));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("posts");
            foreach (var (post, text) in posts)
            {
                json.WriteStartObject();
                json.WriteString("t", Title(post));
                json.WriteString("u", SiteUrls.Relative(site, post.Url));
                json.WriteString("d", TimeZoneInfo.ConvertTime(post.Date, site.TimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                WriteList(json, "c", post.Categories);
                WriteList(json, "g", post.Tags);
                WriteRaw(json, "h", text.Headings);
                WriteRaw(json, "x", text.Lead);
                WriteRaw(json, "w", text.Words);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    /// <summary>A value encoded as its page rendered (<see cref="PostJsonEncoder"/>) under its name; none (no headings, no words) leaves the name out.</summary>
    private static void WriteRaw(Utf8JsonWriter json, string name, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty) return;
        json.WritePropertyName(name);
        json.WriteRawValue(value, skipInputValidation: true);
    }

    /// <summary>The title the page shows: the document's (the front matter's, or the one Jekyll derives from the file name).</summary>
    private static string Title(Document post) =>
        post.Title ?? DataValues.Text(DataValues.Get(post.Data, "title")) ?? post.Slug;

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        json.WriteStartArray(name);
        foreach (var item in items) json.WriteStringValue(item);
        json.WriteEndArray();
    }
}
