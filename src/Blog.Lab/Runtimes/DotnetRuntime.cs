using Blog.Lab.Measurement;

namespace Blog.Lab.Runtimes;

/// <summary>The .NET runtime (<c>dotnet</c> host running the lab's prebuilt tiny program), the JVM's peer.</summary>
public sealed class DotnetRuntime : IRuntime
{
    public string Name => RuntimeNames.Dotnet;

    public async Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        ProcessResult host;
        try
        {
            host = await ChildProcess.RunAsync(new ProcessCommand("dotnet", "--list-runtimes"), cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new RuntimeProbe(Name, false, "", "dotnet not found: install the .NET SDK or runtime");
        }
        if (!host.Succeeded)
            return new RuntimeProbe(Name, false, "", "dotnet --list-runtimes failed: reinstall the .NET runtime");
        if (!File.Exists(TinyPrograms.DotnetTinyDll))
            return new RuntimeProbe(Name, false, "", $"{TinyPrograms.DotnetTinyDll} is missing: build the solution (dotnet build)");

        // The tiny program runs on the same runtime the lab runs on (it is built and copied beside it).
        var version = Environment.Version.ToString();
        var fact = $".NET {version}";
        return new RuntimeProbe(Name, true, version, fact)
        {
            Facts = new Dictionary<string, string> { [ProvenanceKeys.Dotnet] = fact },
        };
    }
}
