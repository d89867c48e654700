using Blog.Site.Checks.External;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Checks.External;

/// <summary>
/// The cache file keeps its format across versions of the generator: a file an earlier version wrote reads the same and
/// is written back the same, and a file that is not a cache this version can read is an empty cache, never an error.
/// </summary>
public sealed class ExternalLinkCacheTests : IDisposable
{
    private static readonly DateTimeOffset Checked = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    // As the generator wrote it before its JSON was source-generated (reflection, WriteIndented, names as declared).
    private const string Written = """
        {
          "Schema": 1,
          "Links": {
            "https://a.example/": {
              "Alive": true,
              "Status": 200,
              "Reason": "OK",
              "CheckedAt": "2026-12-01T10:00:00+00:00"
            },
            "https://b.example/gone": {
              "Alive": false,
              "Status": 404,
              "Reason": "404 Not Found \u0026 \u003Cgone\u003E",
              "CheckedAt": "2026-12-01T10:00:00+00:00"
            }
          }
        }
        """;

    private readonly TempSite _site = new();
    private readonly string _file;

    public ExternalLinkCacheTests()
    {
        _file = ExternalLinkCache.FileFor(Path.Combine(_site.Source, ".jekyll-cache"));
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_cache_an_earlier_version_wrote_reads_the_same_and_is_written_back_unchanged()
    {
        await File.WriteAllTextAsync(_file, Written);

        var cache = await ExternalLinkCache.LoadAsync(_file, default);

        Assert.Equal(new ExternalLinkResult(true, 200, "OK", Checked), cache.Fresh("https://a.example/", TimeSpan.FromDays(1), Checked));
        Assert.Equal(new ExternalLinkResult(false, 404, "404 Not Found & <gone>", Checked), cache.Fresh("https://b.example/gone", TimeSpan.FromDays(1), Checked));
        await cache.SaveAsync(default);
        Assert.Equal(Written, await File.ReadAllTextAsync(_file));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"Schema\": 2, \"Links\": {}}")]
    [InlineData("{\"Schema\": \"1\"}")]
    [InlineData("{\"Schema\": 1, \"Links\": []}")]
    [InlineData("{\"Schema\": 1, \"Links\": {\"https://a.example/\": {\"Alive\": \"yes\"}}}")]
    [InlineData("{\"Schema\": 1, \"Links\": {\"https://a.example/\": {\"CheckedAt\": \"yesterday\"}}}")]
    [InlineData("{\"Schema\": 1, \"Links\": {\"https://a.example/\": {\"Status\": 99999999999}}}")]
    [InlineData("{\"Schema\": 1, \"Links\": {\"https://a.example/\": {")]
    public async Task A_file_that_is_not_a_readable_cache_is_an_empty_one(string text)
    {
        await File.WriteAllTextAsync(_file, text);

        var cache = await ExternalLinkCache.LoadAsync(_file, default);

        Assert.Null(cache.Fresh("https://a.example/", TimeSpan.MaxValue, Checked));
    }
}
