using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Outputs.Pages.Redirects;
using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Files.Redirects;

/// <summary>
/// The list of a site's redirects (<see cref="RedirectPages.Of"/>): jekyll-redirect-from's <c>redirects.json</c>
/// (from → absolute URL, as the plugin writes it), or Netlify's <c>_redirects</c> (<c>/old /new 301!</c>, forced
/// because the old path also has its redirect page, which would otherwise shadow the rule). Made of the config and
/// every document's front matter and URL.
/// </summary>
public sealed class RedirectsFile(SiteSettings settings, IReadOnlyList<Redirect> redirects, bool netlify) : IGeneratedFile
{
    public const string JsonPath = "redirects.json";
    public const string NetlifyPath = "_redirects";

    public string OutputPath => netlify ? NetlifyPath : JsonPath;

    public string Source => netlify ? "(_redirects)" : "(redirects.json)";

    public string? Fingerprint(GeneratedFileInputs inputs) => ContentHash.Of(inputs.Config, inputs.Listing, OutputPath);

    public ValueTask<FileContent> WriteAsync(SiteRenderer renderer, CancellationToken cancellationToken) =>
        ValueTask.FromResult<FileContent>(netlify ? Netlify() : Json());

    /// <summary>
    /// Ruby's <c>Hash#to_json</c>: compact, a later entry of the same path replacing the earlier one in its place;
    /// escaped as <c>jsonify</c> escapes (text as is, quotes, backslashes and control characters escaped).
    /// </summary>
    private string Json()
    {
        var map = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var redirect in redirects) map[redirect.From] = redirect.To;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Rendering.Liquid.Filters.RubyJsonEncoder.Instance }))
        {
            writer.WriteStartObject();
            foreach (var (from, to) in map) writer.WriteString(from, to);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Netlify's rules take the path with the base URL; a target on this site stays relative (it works on deploy previews too).</summary>
    private string Netlify()
    {
        var text = new StringBuilder();
        foreach (var redirect in redirects)
        {
            var to = Redirect.IsExternal(redirect.Target) ? redirect.Target : SiteUrls.Relative(settings, redirect.Target);
            text.Append(SiteUrls.Relative(settings, redirect.From)).Append(' ').Append(to).Append(" 301!\n");
        }
        return text.ToString();
    }
}
