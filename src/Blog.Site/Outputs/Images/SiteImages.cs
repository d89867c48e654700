using System.Collections.Concurrent;
using Blog.Site.Content;
using SkiaSharp;

namespace Blog.Site.Outputs.Images;

/// <summary>One version of an image the build writes: its output path, width and format, and its cache entry.</summary>
internal sealed record ImageVariant(string OutputPath, int Width, SKEncodedImageFormat Format, string CachePath)
{
    /// <summary>The entry's name says everything its bytes depend on, so it doubles as the output's hash.</summary>
    public string Hash => Path.GetFileName(CachePath);
}

/// <summary>An image a page may show: its size and the versions made of it (smaller widths, WebP).</summary>
internal sealed record ProcessedImage(StaticFile File, ImageHeader Header, IReadOnlyList<ImageVariant> Variants);

/// <summary>
/// The images of one build, made before any page renders: every static PNG, JPEG and WebP file the build writes gets
/// its header read, and its smaller and WebP versions made (or found in the <see cref="ImageCache"/>). A page then
/// only looks up what it shows. An image that cannot be used is kept with the reason, reported where a page shows it.
/// </summary>
internal sealed class SiteImages
{
    private readonly Dictionary<string, ProcessedImage> _images;
    private readonly Dictionary<string, string> _failures;

    private SiteImages(ImageOptions options, Dictionary<string, ProcessedImage> images, Dictionary<string, string> failures) =>
        (Options, _images, _failures) = (options, images, failures);

    public ImageOptions Options { get; }

    /// <summary>A build that makes no versions (images are off).</summary>
    public static SiteImages None { get; } = new(new ImageOptions(false, [], false, 0, 0, ""), new(), new());

    /// <summary>Every version this build writes.</summary>
    public IEnumerable<ImageVariant> Variants => _images.Values.SelectMany(i => i.Variants);

    /// <summary>The image written at <paramref name="outputPath"/>, or why it cannot be used; both null when it is not a processed image.</summary>
    public (ProcessedImage? Image, string? Failure) Find(string outputPath) =>
        (_images.GetValueOrDefault(outputPath), _failures.GetValueOrDefault(outputPath));

    /// <param name="files">The static files the build writes.</param>
    /// <param name="taken">Every other output path: a version never replaces a file of the site.</param>
    public static SiteImages Make(ImageOptions options, IReadOnlyList<StaticFile> files, IReadOnlySet<string> taken, ImageCache cache,
        CancellationToken cancellationToken)
    {
        if (!options.Enabled) return None;
        var images = new ConcurrentDictionary<string, ProcessedImage>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(files.Where(f => ImageHeader.IsRaster(f.OutputPath)), parallel, file =>
        {
            try
            {
                images[file.OutputPath] = Process(file, options, taken, cache);
            }
            catch (ImageException e)
            {
                failures[file.OutputPath] = e.Message;
            }
        });
        return new SiteImages(options, new(images, StringComparer.Ordinal), new(failures, StringComparer.Ordinal));
    }

    private static ProcessedImage Process(StaticFile file, ImageOptions options, IReadOnlySet<string> taken, ImageCache cache)
    {
        var known = cache.Read(file.FullPath, options.MaxPixels);
        var variants = Plan(file.OutputPath, known, options).Where(v => !taken.Contains(v.OutputPath)).ToList();
        var missing = variants.Where(v => !File.Exists(v.CachePath)).ToList();
        if (missing.Count > 0)
        {
            using var bitmap = ImageEncoder.Decode(File.ReadAllBytes(file.FullPath));
            foreach (var variant in missing)
            {
                ImageCache.WriteAtomically(variant.CachePath, ImageEncoder.Encode(bitmap, variant.Width, variant.Format, options.Quality));
                cache.CountEncode();
            }
        }
        return new ProcessedImage(file, known.Header, variants);
    }

    /// <summary>
    /// <c>a/x.png</c> (1200 wide, widths 480 and 960) → <c>a/x-480w.png</c>, <c>a/x-960w.png</c>, and in WebP
    /// <c>a/x-480w.webp</c>, <c>a/x-960w.webp</c>, <c>a/x.webp</c>: smaller widths only, never enlarged.
    /// </summary>
    private static IEnumerable<ImageVariant> Plan(string outputPath, ImageCache.Known known, ImageOptions options)
    {
        var (width, format) = (known.Header.Width, known.Header.Format);
        var extension = Path.GetExtension(outputPath);
        var stem = outputPath[..^extension.Length];
        var webp = options.Webp && format != SKEncodedImageFormat.Webp;
        ImageVariant At(int w, SKEncodedImageFormat f, string path) =>
            new(path, w, f, Path.Combine(options.CacheFolder, known.Hash[..2], $"{known.Hash}-{w}w-{options.EncodingKey}{(f == format ? extension.ToLowerInvariant() : ".webp")}"));
        foreach (var w in options.Widths.Where(w => w < width))
        {
            yield return At(w, format, $"{stem}-{w}w{extension}");
            if (webp) yield return At(w, SKEncodedImageFormat.Webp, $"{stem}-{w}w.webp");
        }
        if (webp) yield return At(width, SKEncodedImageFormat.Webp, stem + ".webp");
    }
}
