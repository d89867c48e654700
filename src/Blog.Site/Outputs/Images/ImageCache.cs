using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Blog.Site.Outputs.Images;

/// <summary>
/// The made versions of images, kept by the hash of the image's bytes in a folder outside the output (see
/// <see cref="ImageOptions.CacheFolder"/>), so a second build, or a <c>serve</c> rebuild, never resizes an image it
/// resized before. An entry is written under a temporary name and then moved into place: a build stopped halfway
/// leaves no half-written entry. One instance lives as long as its builder (a <c>serve</c> session), and also remembers
/// each source file's hash and header, so a rebuild reads an unchanged image not even once.
/// </summary>
internal sealed class ImageCache
{
    private readonly ConcurrentDictionary<(string Path, DateTime Modified, long Length), Known> _known = new();
    private int _encodes;

    /// <summary>How many versions this cache's builds encoded (the rest were found in the folder).</summary>
    public int Encodes => _encodes;

    internal void CountEncode() => Interlocked.Increment(ref _encodes);

    /// <summary>
    /// The hash and header of the file: from memory when its time of writing (to the tick, not the second a static
    /// file's <c>modified_time</c> shows) and length are the same as when it was read, or read now.
    /// </summary>
    /// <exception cref="ImageException">Not an image that can be used (<see cref="ImageHeader.Read"/>).</exception>
    public Known Read(string path, long maxPixels)
    {
        var file = new FileInfo(path);
        var key = (path, file.LastWriteTimeUtc, file.Length);
        if (_known.TryGetValue(key, out var known)) return known;
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        known = new Known(hash, ImageHeader.Read(bytes, maxPixels));
        _known[key] = known;
        return known;
    }

    /// <summary>A source image's bytes' hash and header.</summary>
    public sealed record Known(string Hash, ImageHeader Header);

    /// <summary>Writes an entry: to a temporary file beside it, then moved over the name, so readers see all of it or nothing.</summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
