using System.Globalization;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// The parameters every VM experiment understands: <c>memory_mib</c> (guest RAM, default 256),
/// <c>boot_timeout</c> (default: the spec's timeout), <c>settle</c> (idle time before memory is read, default
/// 2s: a TCG guest keeps the host busy for a moment after init starts) and <c>instances</c> (density, default
/// <c>1,2,4</c>). Bad values are reported together, at the spec's position.
/// </summary>
public sealed record VmParameters(int MemoryMib, TimeSpan BootTimeout, TimeSpan Settle, IReadOnlyList<int> Instances)
{
    public const int DefaultMemoryMib = 256;
    public static readonly TimeSpan DefaultSettle = TimeSpan.FromSeconds(2);

    public static VmParameters Of(ExperimentSpec spec)
    {
        var errors = new List<LabError>();
        void Error(string name, string message) =>
            errors.Add(new LabError(spec.SourcePath, spec.Line, spec.Column, $"{spec.Id}: parameter {name}: {message}"));

        var memory = DefaultMemoryMib;
        if (spec.Parameter("memory_mib") is { } m && (!int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out memory) || memory < 64))
            Error("memory_mib", $"'{m}' is not a whole number of MiB of at least 64 (the guest kernel needs that much)");

        TimeSpan Time(string name, TimeSpan fallback)
        {
            if (spec.Parameter(name) is not { } text) return fallback;
            if (Duration.TryParse(text, out var value) && value > TimeSpan.Zero) return value;
            Error(name, $"'{text}' is not a positive duration (e.g. 500ms, 30s)");
            return fallback;
        }
        var bootTimeout = Time("boot_timeout", spec.Timeout);
        var settle = Time("settle", DefaultSettle);

        IReadOnlyList<int> instances = [1, 2, 4];
        if (spec.Parameter("instances") is { } list)
        {
            var parsed = list.Split(',', StringSplitOptions.TrimEntries)
                .Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k > 0 ? k : -1).ToList();
            if (parsed.Count == 0 || parsed.Contains(-1))
                Error("instances", $"'{list}' is not a comma-separated list of positive counts (e.g. 1,2,4)");
            else
                instances = parsed.Distinct().Order().ToList();
        }

        if (errors.Count > 0) throw new SpecException(errors);
        return new VmParameters(memory, bootTimeout, settle, instances);
    }
}
