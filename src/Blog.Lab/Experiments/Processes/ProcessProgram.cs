using Blog.Lab.Runtimes;

namespace Blog.Lab.Experiments.Processes;

/// <summary>
/// One program the process workloads run, on one runtime: how to start it with given arguments (from a folder its
/// parts were readied in, if it has any), the arguments that make it exit at once or idle, and how results name it.
/// A row of <see cref="ProcessPrograms.All"/>.
/// </summary>
public sealed record ProcessProgram
{
    /// <summary>The kind's first word: <c>native</c> makes <c>native-start</c> and <c>native-idle-memory</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The runtime it needs (<see cref="RuntimeNames"/>).</summary>
    public required string Runtime { get; init; }

    /// <summary>The command with <c>arguments</c>, its parts in <c>folder</c> (see <see cref="PrepareAsync"/>).</summary>
    public required Func<string, IReadOnlyList<string>, ProcessCommand> Command { get; init; }

    /// <summary>The arguments that make it exit at once (start-up) and that make it idle (memory).</summary>
    public required IReadOnlyList<string> ExitArguments { get; init; }
    public required IReadOnlyList<string> IdleArguments { get; init; }

    /// <summary>The line it prints once it idles; null when it prints none (it idles from its first instruction).</summary>
    public string? ReadyLine { get; init; }

    /// <summary>
    /// How a result's <c>program</c> fact shows the command with these arguments, free of this machine's paths; by default
    /// the command with its folder called <c>DIR</c>.
    /// </summary>
    public Func<IReadOnlyList<string>, string>? Shown { get; init; }

    /// <summary>What a start-up sample and an idle reading are, in the metric's description.</summary>
    public required string StartDescription { get; init; }
    public required string IdleDescription { get; init; }

    /// <summary>
    /// How much longer than the settle time the idle equivalent command waits before reading the memory: a managed
    /// runtime starts for a while before it idles, where the lab waits for its ready line.
    /// </summary>
    public TimeSpan EquivalentHeadStart { get; init; }

    /// <summary>Readies its parts in a folder (compiles a class) outside any measurement; nothing by default.</summary>
    public Func<string, CancellationToken, Task>? Prepare { get; init; }

    /// <summary>The <c>program</c> fact of the command with <paramref name="arguments"/>.</summary>
    public string ShownWith(IReadOnlyList<string> arguments) => Shown?.Invoke(arguments) ?? Command("DIR", arguments).ToString();

    /// <summary>Readies the parts in <paramref name="folder"/>, if it has any.</summary>
    public Task PrepareAsync(string folder, CancellationToken cancellationToken) =>
        Prepare is null ? Task.CompletedTask : Prepare(folder, cancellationToken);
}
