using Blog.Lab.Runtimes;

namespace Blog.Lab.Experiments.Processes;

/// <summary>
/// The table the process workloads are driven by: a native program (busybox-static, the baseline), the JVM and .NET,
/// each running a do-nothing program (<see cref="TinyPrograms"/>). Each row makes two experiments
/// (<see cref="ProcessWorkload"/>): start-up and idle memory. A new runtime to compare is a new row.
/// </summary>
public static class ProcessPrograms
{
    /// <summary>busybox-static: <c>true</c> to start and exit, <c>sleep</c> to idle.</summary>
    public static ProcessProgram Native { get; } = new()
    {
        Name = "native",
        Runtime = RuntimeNames.Native,
        Command = (_, arguments) => new ProcessCommand(CpuWorkload.HostBusybox, arguments),
        ExitArguments = ["true"],
        IdleArguments = ["sleep", "600"],
        StartDescription = "native process start to reaped exit",
        IdleDescription = "VmRSS of an idle native process",
    };

    /// <summary>The tiny class, compiled before the first sample so javac is never timed.</summary>
    public static ProcessProgram Jvm { get; } = new()
    {
        Name = "jvm",
        Runtime = RuntimeNames.Jvm,
        Command = (folder, arguments) => TinyPrograms.Java(folder, [.. arguments]),
        ExitArguments = [],
        IdleArguments = [TinyPrograms.IdleArgument],
        ReadyLine = TinyPrograms.ReadyLine,
        StartDescription = "JVM start to exit of an empty main",
        IdleDescription = "VmRSS of an idle JVM",
        EquivalentHeadStart = TimeSpan.FromSeconds(0.5),
        Prepare = async (folder, cancellationToken) => await TinyPrograms.CompileJavaAsync(folder, cancellationToken),
    };

    /// <summary>The tiny program built with the solution and copied beside the lab.</summary>
    public static ProcessProgram Dotnet { get; } = new()
    {
        Name = "dotnet",
        Runtime = RuntimeNames.Dotnet,
        Command = (_, arguments) => TinyPrograms.Dotnet([.. arguments]),
        ExitArguments = [],
        IdleArguments = [TinyPrograms.IdleArgument],
        ReadyLine = TinyPrograms.ReadyLine,
        // Its command holds the path the solution was built to: the fact names the file alone.
        Shown = arguments => string.Join(' ', new[] { "dotnet", Path.GetFileName(TinyPrograms.DotnetTinyDll) }.Concat(arguments)),
        StartDescription = ".NET start to exit of an empty main",
        IdleDescription = "VmRSS of an idle .NET process",
        EquivalentHeadStart = TimeSpan.FromSeconds(0.5),
    };

    public static IReadOnlyList<ProcessProgram> All { get; } = [Native, Jvm, Dotnet];
}
