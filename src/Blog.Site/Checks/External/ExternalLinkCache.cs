using System.Text.Json;
using System.Text.Json.Serialization;

namespace Blog.Site.Checks.External;

/// <summary>
/// The results of earlier checks, in a JSON file outside the destination (the site's <see cref="Config.SiteSettings.CacheFolder"/>, which the
/// site's reader and the watcher skip): a result younger than <c>cache_age:</c> is used instead
/// of a request, so a build that checks external links again reaches the network only for the links it has not seen lately.
/// </summary>
public sealed partial class ExternalLinkCache
{
    private const int Schema = 1;

    private readonly string _file;
    private readonly Dictionary<string, ExternalLinkResult> _results;

    private ExternalLinkCache(string file, Dictionary<string, ExternalLinkResult> results) => (_file, _results) = (file, results);

    /// <summary>Where a site's cache lives, in its <paramref name="cacheFolder"/> (<see cref="Config.SiteSettings.CacheFolder"/>).</summary>
    public static string FileFor(string cacheFolder) => Path.Combine(cacheFolder, "blog-external-links.json");

    /// <summary>The cache in <paramref name="file"/>; empty when there is none, or it cannot be read (it is only a cache).</summary>
    public static async Task<ExternalLinkCache> LoadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(file);
            var stored = await JsonSerializer.DeserializeAsync(stream, StoredJson.Default.Stored, cancellationToken);
            if (stored is { Schema: Schema, Links: { } links }) return new ExternalLinkCache(file, new(links, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
        }
        return new ExternalLinkCache(file, new(StringComparer.Ordinal));
    }

    /// <summary>The result for <paramref name="url"/> when it is younger than <paramref name="age"/> at <paramref name="now"/>.</summary>
    public ExternalLinkResult? Fresh(string url, TimeSpan age, DateTimeOffset now) =>
        _results.TryGetValue(url, out var result) && now - result.CheckedAt < age && result.CheckedAt <= now ? result : null;

    public void Set(string url, ExternalLinkResult result) => _results[url] = result;

    /// <summary>Writes the cache (to a temporary file moved over the old one, so a killed build leaves the old cache whole).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var temporary = $"{_file}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = File.Create(temporary))
                await JsonSerializer.SerializeAsync(stream, new Stored(Schema, new SortedDictionary<string, ExternalLinkResult>(_results, StringComparer.Ordinal)), StoredJson.Default.Stored, cancellationToken);
            File.Move(temporary, _file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private sealed record Stored(int Schema, IDictionary<string, ExternalLinkResult>? Links);

    /// <summary>
    /// Source-generated JSON metadata for the file (no reflection, so it works under Native AOT), with the settings
    /// (and so the format) the file has always had: indented, property names as declared.
    /// </summary>
    [JsonSourceGenerationOptions(WriteIndented = true)]
    [JsonSerializable(typeof(Stored))]
    private sealed partial class StoredJson : JsonSerializerContext;
}
