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
        """;

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
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--force" when verb == "run": force = true; break;
                case "--source": source = Value(args, ref i); break;
                case "--dir" when verb == "commands": directory = Value(args, ref i); break;
                case var a when a.StartsWith('-'): throw new LabUsageException($"unknown option '{a}' for lab {verb}");
                case var id: ids.Add(id); break;
            }
        }
        if (verb == "commands" && directory is null) throw new LabUsageException("lab commands needs --dir DIR");
        return new LabArguments(verb, ids, force, source, directory);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new LabUsageException($"{args[i - 1]} needs a value");
}

internal sealed class LabUsageException(string message) : Exception(message);
