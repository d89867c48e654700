using System.Collections.Concurrent;
using System.Security.Cryptography;
using Blog.Site.Content;
using Blog.Site.Extensions;
using Blog.Site.Rendering;
using Fluid.Values;

namespace Blog.Site.Outputs.Liquid.Assets;

/// <summary>
/// <c>{{ '/assets/css/style.css' | fingerprint | relative_url }}</c> → <c>/assets/css/style.css?v=1a2b3c4d5e6f</c>:
/// the URL changes whenever the file's bytes do, so the host may let browsers cache assets for a year
/// (netlify.toml does). A path that is no static file of the site stays as written, and the link check
/// reports it.
/// </summary>
public sealed class AssetFingerprints(SiteContent content) : ISiteExtension
{
    private readonly Dictionary<string, string> _files =
        content.StaticFiles.ToDictionary(f => f.Url, f => f.FullPath, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public void Register(LiquidRegistry registry) =>
        registry.AddFilter("fingerprint", (input, _, context) =>
        {
            // The URL shows the file's bytes: a page that fingerprints an asset read the static files.
            SiteInput.Record(context, SiteInput.Assets);
            return new ValueTask<Fluid.Values.FluidValue>(StringValue.Create(Fingerprint(input.ToStringValue())));
        });

    public string Fingerprint(string url)
    {
        var path = url.StartsWith('/') ? url : "/" + url;
        if (!_files.TryGetValue(path, out var file)) return url;
        var hash = _hashes.GetOrAdd(file, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))[..12]);
        return $"{url}?v={hash}";
    }
}
