using SkiaSharp;

namespace Blog.Site.Outputs.Images;

/// <summary>An image that cannot be used: not an image, cut short, or too large to decode. The message says why and what to do.</summary>
internal sealed class ImageException(string message) : Exception(message);

/// <summary>
/// An image's size and format, read from its header without decoding its pixels, so a file claiming 20,000 × 20,000
/// pixels is refused before anything allocates them.
/// </summary>
internal sealed record ImageHeader(int Width, int Height, SKEncodedImageFormat Format)
{
    /// <summary>The file extensions whose images get sizes and smaller versions (SVG and GIF are left as they are).</summary>
    public static bool IsRaster(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".webp";

    /// <exception cref="ImageException">The bytes are not a PNG, JPEG or WebP image, or it has more than <paramref name="maxPixels"/>.</exception>
    public static ImageHeader Read(byte[] bytes, long maxPixels)
    {
        if (bytes.Length == 0) throw new ImageException("the image file is empty: replace it with the real image");
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data)
            ?? throw new ImageException("the file is not a PNG, JPEG or WebP image Blog can read: replace it, or give it the extension of what it is");
        var header = new ImageHeader(codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
        if (header.Format is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Webp))
            throw new ImageException($"the file is a {header.Format} image, not a PNG, JPEG or WebP: convert it, or give it the extension of what it is");
        if (header.Width <= 0 || header.Height <= 0) throw new ImageException("the image has no pixels: replace it with the real image");
        if ((long)header.Width * header.Height > maxPixels)
            throw new ImageException($"the image is {header.Width:N0} × {header.Height:N0} pixels, more than the {maxPixels:N0} Blog decodes " +
                                     "(images: max_pixels in _config.yml): scale it down before adding it");
        return header;
    }
}
