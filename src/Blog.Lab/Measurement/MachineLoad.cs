using System.Globalization;

namespace Blog.Lab.Measurement;

/// <summary>
/// How busy the machine was around a measurement: the kernel's 1-minute load average (runnable and
/// uninterruptible tasks, <c>/proc/loadavg</c>) just before the experiment started and just after it ended. A
/// reader compares it with the core count: near 0 the machine was quiet, near the cores it was shared.
/// </summary>
public sealed record MachineLoad(double Before, double After)
{
    public const string LoadAverageFile = "/proc/loadavg";

    /// <summary>The 1-minute load average now.</summary>
    public static async Task<double> ReadOneMinuteAsync(CancellationToken cancellationToken) =>
        ParseOneMinute(await File.ReadAllTextAsync(LoadAverageFile, cancellationToken));

    /// <summary>The first field of <c>/proc/loadavg</c> (<c>0.52 0.58 0.59 1/467 12345</c>).</summary>
    public static double ParseOneMinute(string loadavg)
    {
        var first = loadavg.Split(' ', 2, StringSplitOptions.TrimEntries)[0];
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new FormatException($"{LoadAverageFile}: '{loadavg.Trim()}' does not start with a load average");
    }
}
