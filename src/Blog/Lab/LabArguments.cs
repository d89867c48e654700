using System.Globalization;
using Blog.Lab.Measurement;
using Blog.Lab.Specs;

namespace Blog.Cli.Lab;

/// <summary>What <c>blog lab ...</c> was asked: the verb, experiment ids, and options.</summary>
internal sealed record LabArguments(string Verb, IReadOnlyList<string> Ids, bool Force, string Source, string? Directory)
{
    public const string Usage = """
        usage: blog lab <command> [ID...] [options]
          run [ID...] [--force]   measure missing and stale experiments (all of them with --force)
          list                    the declared experiments
          status                  fresh / stale / missing for each, and why
          clean                   remove everything the lab left behind (containers, images, VMs, temp folders)
          commands --dir DIR      each experiment's equivalent shell command, for bench/lab-validity.sh
        options: --source DIR (the site's source folder, default: input)
        run waits before each experiment until the machine is quiet, then measures anyway and marks the result:
          --settle-timeout DURATION   how long to wait at most (default 3m; 0: look once, do not wait)
          --settle-idle PERCENT       CPUs at least this idle in 3 windows of 1s in a row (default 90)
          --settle-load LOAD          1-minute load at most (default 0.75 per core: 1.5 on 2 cores)
        """;

    /// <summary>How <c>lab run</c> waits for a quiet machine: the defaults for this machine's cores, changed by the options.</summary>
    public SettlePolicy Settle { get; init; } = SettlePolicy.For(Environment.ProcessorCount);

    public static LabArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) throw new LabUsageException("no lab command given");
        var verb = args[0];
        if (verb is not ("run" or "list" or "status" or "clean" or "commands"))
            throw new LabUsageException($"unknown lab command '{verb}'");

        var ids = new List<string>();
        bool force = false;
        string source = "input";
        string? directory = null;
        var settle = SettlePolicy.For(Environment.ProcessorCount);
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--force" when verb == "run": force = true; break;
                case "--source": source = Value(args, ref i); break;
                case "--dir" when verb == "commands": directory = Value(args, ref i); break;
                case "--settle-timeout" when verb == "run": settle = settle with { Timeout = SettleTimeout(args, ref i) }; break;
                case "--settle-idle" when verb == "run": settle = settle with { MinIdleShare = Number(args, ref i, 100, "a percentage from 0 to 100, such as 90") / 100 }; break;
                case "--settle-load" when verb == "run": settle = settle with { MaxLoad = Number(args, ref i, double.MaxValue, "a load average of 0 or more, such as 1.5") }; break;
                case var a when a.StartsWith('-'): throw new LabUsageException($"unknown option '{a}' for lab {verb}");
                case var id: ids.Add(id); break;
            }
        }
        if (verb == "commands" && directory is null) throw new LabUsageException("lab commands needs --dir DIR");
        return new LabArguments(verb, ids, force, source, directory) { Settle = settle };
    }

    private static TimeSpan SettleTimeout(IReadOnlyList<string> args, ref int i)
    {
        var text = Value(args, ref i);
        return Duration.TryParse(text, out var timeout) && timeout >= TimeSpan.Zero
            ? timeout
            : throw new LabUsageException($"{args[i - 1]} {text}: expected a duration such as 3m, 90s or 0");
    }

    private static double Number(IReadOnlyList<string> args, ref int i, double max, string expected)
    {
        var text = Value(args, ref i);
        return double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max
            ? value
            : throw new LabUsageException($"{args[i - 1]} {text}: expected {expected}");
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new LabUsageException($"{args[i - 1]} needs a value");
}

internal sealed class LabUsageException(string message) : Exception(message);
