using System.Globalization;

namespace Blog.Lab.Measurement;

/// <summary>
/// The CPU time all CPUs have spent since boot, from the <c>cpu</c> line of <c>/proc/stat</c>, in clock ticks:
/// how much of it was idle and how much there was in all. Two readings a moment apart say how busy the CPUs
/// were in between, which the 1-minute load average (a decaying average) cannot say for the last seconds.
/// </summary>
public readonly record struct CpuTimes(ulong Idle, ulong Total)
{
    public const string StatFile = "/proc/stat";

    /// <summary>
    /// The first line of <c>/proc/stat</c>: <c>cpu user nice system idle iowait irq softirq steal guest guest_nice</c>.
    /// Waiting for I/O counts as idle (the CPU could have run something). Guest time is left out of the total because
    /// the kernel already counts it in user and nice; older kernels print fewer fields, and the missing ones are zero.
    /// </summary>
    public static CpuTimes Parse(string procStat)
    {
        var line = procStat.Split('\n', 2)[0];
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5 || fields[0] != "cpu")
            throw new FormatException($"{StatFile}: '{line.Trim()}' is not the all-CPUs line (cpu user nice system idle ...)");
        var ticks = new ulong[8];
        for (var i = 0; i < ticks.Length && i + 1 < fields.Length; i++)
            if (!ulong.TryParse(fields[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out ticks[i]))
                throw new FormatException($"{StatFile}: '{fields[i + 1]}' in '{line.Trim()}' is not a tick count");
        var (idle, iowait) = (ticks[3], ticks[4]);
        return new CpuTimes(idle + iowait, ticks.Aggregate(0UL, (sum, t) => sum + t));
    }

    /// <summary>
    /// The share of CPU time that was idle between <paramref name="earlier"/> and this reading (0 to 1), or null when
    /// no tick passed in between, so nothing can be said.
    /// </summary>
    public double? IdleShareSince(CpuTimes earlier)
    {
        if (Total <= earlier.Total) return null;
        // Idle can only grow with the total; clamp against a counter that the kernel adjusted between the reads.
        var idle = Idle >= earlier.Idle ? Idle - earlier.Idle : 0;
        return Math.Min(1.0, (double)idle / (Total - earlier.Total));
    }
}
