using System.Reflection;
using Spectre.Console.Cli;

namespace Blog.Cli;

/// <summary>
/// Every command by its words (<c>lab run</c>), recorded as it is registered, and the long options each takes: a
/// mistyped option's near one is looked for among the options of the command it was given to.
/// </summary>
internal sealed class CommandTable
{
    private const string DefaultCommand = "build";
    private readonly Dictionary<string, IReadOnlyList<string>> _options = new(StringComparer.Ordinal);

    public void Add<TCommand>(IConfigurator config, string words, string description) where TCommand : class, ICommand
    {
        config.AddCommand<TCommand>(Record<TCommand>(words)).WithDescription(description);
    }

    public void Add<TCommand>(IConfigurator<CommandSettings> branch, string words, string description) where TCommand : class, ICommandLimiter<CommandSettings>
    {
        branch.AddCommand<TCommand>(Record<TCommand>(words)).WithDescription(description);
    }

    /// <summary>The option of the command <paramref name="args"/> name closest to <paramref name="unknown"/>, within two edits; null when none is close
    /// (or the unknown one is a single letter: any short name is that close).</summary>
    public string? Nearest(IReadOnlyList<string> args, string unknown) =>
        unknown.Length < 2 ? null : _options[CommandOf(args)]
            .Select(name => (Name: name, Distance: Distance(unknown, name)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    /// <summary>The commands that take <paramref name="option"/>.</summary>
    public IReadOnlyList<string> Having(string option) =>
        _options.Where(c => c.Value.Contains(option)).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>The longest run of command words that <paramref name="args"/> start with (the default command when none).</summary>
    private string CommandOf(IReadOnlyList<string> args)
    {
        var command = DefaultCommand;
        for (var count = 1; count <= args.Count; count++)
        {
            var words = string.Join(' ', args.Take(count));
            if (_options.ContainsKey(words)) command = words;
        }
        return command;
    }

    private string Record<TCommand>(string words)
    {
        _options[words] = SettingsOf(typeof(TCommand)).GetProperties()
            .SelectMany(p => p.GetCustomAttribute<CommandOptionAttribute>()?.LongNames ?? [])
            .ToList();
        return words[(words.LastIndexOf(' ') + 1)..];
    }

    /// <summary>The settings type of <c>AsyncCommand&lt;TSettings&gt;</c> (or <c>Command&lt;TSettings&gt;</c>) that a command derives from.</summary>
    private static Type SettingsOf(Type command)
    {
        for (var type = command; type is not null; type = type.BaseType)
            if (type.IsGenericType && typeof(ICommand).IsAssignableFrom(type) && type.GetGenericArguments() is [var settings] && typeof(CommandSettings).IsAssignableFrom(settings))
                return settings;
        throw new ArgumentException($"{command} takes no settings");
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
