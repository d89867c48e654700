using System.Collections.Concurrent;
using System.Security.Cryptography;
using Blog.Site.Content;
using Blog.Site.Outputs.Files;
using Blog.Site.Outputs.Minify;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// Writes a build's outputs into its staging folder. A build with a previous one writes only the outputs whose bytes
/// differ from what the destination holds, staged side by side to be moved over their old versions; a first build's
/// outputs are the whole site, in their folders. When a next build will compare with this one, each output's hash is
/// kept; a build that keeps nothing hashes nothing.
/// </summary>
/// <param name="previous">The hash of every output the destination holds; null for a first build.</param>
/// <param name="remember">Whether a next build compares with this one (hash what is written).</param>
/// <param name="minifier">Minifies pages and stylesheets as they are written (<c>minify:</c>); null writes them as rendered.</param>
internal sealed class OutputWriter(StagingFolder staging, IReadOnlyDictionary<string, string>? previous, bool remember, OutputMinifier? minifier = null)
{
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>The hashes of the outputs this build wrote.</summary>
    public IReadOnlyDictionary<string, string> Written => _written;

    /// <summary>How many files this build put into the destination (a first build's: every output).</summary>
    public int Count(int outputs) => previous is null ? outputs : staging.Staged;

    /// <summary>The hash of what the destination will hold at <paramref name="outputPath"/>; null when unknown.</summary>
    public string? HashOf(string outputPath) =>
        _written.TryGetValue(outputPath, out var hash) ? hash : previous?.GetValueOrDefault(outputPath);

    /// <summary>Thread-safe.</summary>
    public void WriteText(string outputPath, string text)
    {
        if (minifier is not null) text = minifier.Minify(outputPath, text);
        using var utf8 = PooledUtf8.Encode(text);
        WriteBytes(outputPath, utf8.Bytes);
    }

    /// <summary>A generated file's content: bytes as they are, unless they are a page or a stylesheet to minify.</summary>
    public void Write(string outputPath, FileContent content)
    {
        if (content.IsUtf8 && (minifier is null || !OutputMinifier.Minifies(outputPath))) WriteBytes(outputPath, content.Utf8Bytes.Span);
        else WriteText(outputPath, content.Text);
    }

    private void WriteBytes(string outputPath, ReadOnlySpan<byte> bytes)
    {
        if (!remember)
        {
            staging.WriteBytes(StagedName(outputPath), bytes);
            return;
        }
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        if (HashOf(outputPath) == hash) return;
        staging.WriteBytes(StagedName(outputPath), bytes);
        _written[outputPath] = hash;
    }

    /// <param name="hash">The file's hash (<see cref="Session.SourceSnapshot.HashOf"/>); null when nothing is kept.</param>
    public Task CopyAsync(StaticFile file, string? hash, CancellationToken cancellationToken) =>
        CopyAsync(file.FullPath, file.OutputPath, hash, cancellationToken);

    /// <param name="hash">What the file's bytes depend on (an image version's cache name); null when nothing is kept.</param>
    public async Task CopyAsync(string sourcePath, string outputPath, string? hash, CancellationToken cancellationToken)
    {
        // A static stylesheet is written minified (its hash is then the minified bytes', so turning minify off copies
        // it again). A static HTML file is Jekyll's "copied as it is": only rendered pages are minified.
        if (minifier is not null && OutputMinifier.IsCss(outputPath))
        {
            WriteText(outputPath, await File.ReadAllTextAsync(sourcePath, cancellationToken));
            return;
        }
        if (hash is not null && HashOf(outputPath) == hash) return;
        await staging.CopyFileAsync(sourcePath, StagedName(outputPath), cancellationToken);
        if (hash is not null) _written[outputPath] = hash;
    }

    /// <summary>A rebuild's outputs are staged side by side, to be moved over their old versions; a first build's are the site.</summary>
    private string StagedName(string outputPath) => previous is null ? outputPath : staging.Stage(outputPath);
}
