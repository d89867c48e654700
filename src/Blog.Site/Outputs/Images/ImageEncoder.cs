using SkiaSharp;

namespace Blog.Site.Outputs.Images;

/// <summary>
/// Decodes one image and encodes its smaller and WebP versions. Decoding must succeed whole: a file cut short is an
/// error, not an image with a grey bottom.
/// </summary>
internal static class ImageEncoder
{
    /// <exception cref="ImageException">The pixels cannot be decoded.</exception>
    public static SKBitmap Decode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new ImageException("the image cannot be decoded: replace it with a valid file");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result == SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        throw new ImageException($"the image cannot be decoded ({Describe(result)}): replace it with a valid file");
    }

    /// <summary><paramref name="source"/> at <paramref name="width"/> pixels wide (its own width: unchanged), encoded as <paramref name="format"/>.</summary>
    public static byte[] Encode(SKBitmap source, int width, SKEncodedImageFormat format, int quality)
    {
        using var resized = width == source.Width ? null : Resize(source, width);
        using var pixmap = (resized ?? source).PeekPixels();
        using var data = format switch
        {
            SKEncodedImageFormat.Webp => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, quality)),
            SKEncodedImageFormat.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            _ => pixmap.Encode(SKPngEncoderOptions.Default),
        } ?? throw new ImageException($"the image could not be encoded as {format}");
        return data.ToArray();
    }

    private static SKBitmap Resize(SKBitmap source, int width)
    {
        var height = Math.Max(1, (int)Math.Round((double)source.Height * width / source.Width));
        // Mitchell's cubic keeps diagrams' lines and text sharp when shrinking; mipmaps are not needed above half size.
        return source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell))
               ?? throw new ImageException($"the image could not be resized to {width} pixels wide");
    }

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.IncompleteInput => "the file is cut short",
        SKCodecResult.InvalidInput or SKCodecResult.ErrorInInput => "its data is corrupt",
        _ => result.ToString(),
    };
}
