using System.ComponentModel;
using System.Globalization;
using Blog.Lab.Measurement;
using Blog.Lab.Running;
using Blog.Lab.Specs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Lab;

/// <summary>
/// The options of <c>lab run</c>: which experiments, and how it waits before each for a quiet machine (then measures
/// anyway and marks the result).
/// </summary>
public sealed class LabRunSettings : LabSelectionSettings
{
    [CommandOption("--force")]
    [Description("Measure every selected experiment, fresh or not (default: only the missing and stale ones).")]
    public bool Force { get; init; }

    [CommandOption("--settle-timeout <DURATION>")]
    [Description("How long to wait for quiet at most (default 3m; 0: look once, do not wait).")]
    public string? SettleTimeout { get; init; }

    [CommandOption("--settle-idle <PERCENT>")]
    [Description("Quiet means CPUs at least this idle in 3 windows of 1 s in a row (default 90).")]
    public string? SettleIdle { get; init; }

    [CommandOption("--settle-load <LOAD>")]
    [Description("Quiet means a 1-minute load at most this (default 0.75 per core: 1.5 on 2 cores).")]
    public string? SettleLoad { get; init; }

    public LabMode Mode => Force ? LabMode.Force : LabMode.Auto;

    /// <summary>The defaults for this machine's cores, changed by the options (checked by <see cref="Validate"/>).</summary>
    public SettlePolicy Settle() => Parse().Policy!;

    public override ValidationResult Validate() =>
        Parse().Error is { } error ? ValidationResult.Error(error) : ValidationResult.Success();

    private (SettlePolicy? Policy, string? Error) Parse()
    {
        var settle = SettlePolicy.For(Environment.ProcessorCount);
        if (SettleTimeout is { } timeoutText)
        {
            if (!Duration.TryParse(timeoutText, out var timeout) || timeout < TimeSpan.Zero)
                return (null, $"--settle-timeout {timeoutText}: expected a duration such as 3m, 90s or 0");
            settle = settle with { Timeout = timeout };
        }
        if (SettleIdle is { } idleText)
        {
            if (Number(idleText, 100) is not { } idle) return (null, $"--settle-idle {idleText}: expected a percentage from 0 to 100, such as 90");
            settle = settle with { MinIdleShare = idle / 100 };
        }
        if (SettleLoad is { } loadText)
        {
            if (Number(loadText, double.MaxValue) is not { } load) return (null, $"--settle-load {loadText}: expected a load average of 0 or more, such as 1.5");
            settle = settle with { MaxLoad = load };
        }
        return (settle, null);
    }

    private static double? Number(string text, double max) =>
        double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max
            ? value
            : null;
}
