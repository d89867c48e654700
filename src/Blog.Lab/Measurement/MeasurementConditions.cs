using System.Text.Json.Serialization;

namespace Blog.Lab.Measurement;

/// <summary>
/// How the lab found the machine before an experiment (stored as <c>conditions</c> in its result): whether it settled
/// (see <see cref="SettlePolicy"/>) or the wait timed out and it was measured anyway, how long it waited, the CPUs' idle
/// share in the last window and the 1-minute load when the wait began. The load when the experiment began and ended is
/// <see cref="Provenance.Load"/>. Results measured before the lab waited have none.
/// </summary>
public sealed record MeasurementConditions
{
    public required bool Settled { get; init; }
    public required double WaitedSeconds { get; init; }
    /// <summary>The share of CPU time that was idle in the last window before the experiment (0 to 1), if it could be told.</summary>
    public double? IdleShare { get; init; }
    /// <summary>The 1-minute load when the lab began to wait: what the previous experiment (or anything else) left.</summary>
    public required double LoadAtWaitStart { get; init; }
    /// <summary>Why the machine did not count as quiet when the wait timed out; absent when it settled.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }
    public required SettleThresholds Thresholds { get; init; }
}
