using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// The parameters container specs share, read as <c>docker run</c> reads them: <c>memory</c> (64m, 1g, bytes),
/// <c>pids</c>, <c>instances</c> (1,2,4,8). A bad value is an error at the spec's position.
/// </summary>
public static partial class ContainerParameters
{
    public static SandboxLimits Limits(ExperimentSpec spec, SandboxLimits? fallback = null)
    {
        var defaults = fallback ?? SandboxLimits.Default;
        return new SandboxLimits(
            Size(spec, "memory", defaults.MemoryBytes),
            Whole(spec, "pids", defaults.Pids, 8, 1_000_000));
    }

    /// <summary>A size with Docker's suffixes (b, k, m, g: powers of 1024), at least 6 MiB (the engine's minimum).</summary>
    public static long Size(ExperimentSpec spec, string name, long fallback)
    {
        var text = spec.Parameter(name);
        if (text is null) return fallback;
        var m = SizePattern().Match(text.Trim().ToLowerInvariant());
        if (!m.Success)
            throw Error(spec, name, text, "a size such as 64m, 512k or 1g");
        var unit = m.Groups[2].Value.Length > 0 ? m.Groups[2].Value[0] : 'b';
        var bytes = (long)(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * unit switch
        {
            'k' => 1024d,
            'm' => 1024d * 1024,
            'g' => 1024d * 1024 * 1024,
            _ => 1d,
        });
        return bytes >= 6L * 1024 * 1024 ? bytes : throw Error(spec, name, text, "at least 6m (the engine refuses less)");
    }

    public static int Whole(ExperimentSpec spec, string name, long fallback, int min, int max)
    {
        var text = spec.Parameter(name);
        if (text is null) return (int)fallback;
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw Error(spec, name, text, $"a whole number from {min} to {max}");
    }

    /// <summary>A comma-separated list of instance counts, e.g. <c>1,2,4,8</c>.</summary>
    public static IReadOnlyList<int> Counts(ExperimentSpec spec, string name, IReadOnlyList<int> fallback)
    {
        var text = spec.Parameter(name);
        if (text is null) return fallback;
        var counts = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k is < 1 or > 256)
                throw Error(spec, name, text, "a list of whole numbers from 1 to 256 such as 1,2,4,8");
            counts.Add(k);
        }
        return counts.Count > 0 ? counts.Distinct().Order().ToList() : throw Error(spec, name, text, "at least one count");
    }

    private static FormatException Error(ExperimentSpec spec, string name, string value, string expected) =>
        new($"{spec.SourcePath}:{spec.Line}:{spec.Column}: {spec.Id}: parameter {name}: '{value}' is not {expected}");

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$")]
    private static partial Regex SizePattern();
}
