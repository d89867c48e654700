using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Blog.Site.Tests.Support;

/// <summary>Real image files for tests, and broken ones: cut short, lying about their size, not images at all.</summary>
public static class TestImages
{
    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> with a gradient (so resizing has something to do).</summary>
    public static byte[] Png(int width, int height, byte shade = 40)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / width), shade, (byte)(y * 255 / height)));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The first half of a real PNG: the header is sound, the pixels stop.</summary>
    public static byte[] TruncatedPng() => Png(400, 300)[..600];

    /// <summary>
    /// A valid PNG signature and header chunk claiming <paramref name="width"/> × <paramref name="height"/>, with a tiny
    /// (empty) pixel chunk: decoding would allocate width × height × 4 bytes; reading the header costs nothing.
    /// </summary>
    public static byte[] PngHeaderClaiming(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>The width and height an image file's header says, read as a browser would.</summary>
    public static (int Width, int Height, SKEncodedImageFormat Format) Read(string path)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"{path} is not an image");
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }
}
