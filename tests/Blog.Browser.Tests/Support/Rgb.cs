namespace Blog.Browser.Tests.Support;

/// <summary>An opaque sRGB colour and WCAG 2's relative luminance and contrast ratio.</summary>
public readonly record struct Rgb(int R, int G, int B)
{
    public double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    public static double Contrast(Rgb a, Rgb b)
    {
        var (light, dark) = a.Luminance >= b.Luminance ? (a, b) : (b, a);
        return (light.Luminance + 0.05) / (dark.Luminance + 0.05);
    }

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    public override string ToString() => $"rgb({R}, {G}, {B})";
}
