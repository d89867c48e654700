namespace Blog.Lab.Runtimes;

/// <summary>Whether a runtime can be used here, its version, and if not, what to install or start.</summary>
public sealed record RuntimeProbe(string Name, bool Available, string Version, string Message);

/// <summary>A thing that runs workloads: the native OS, the JVM, .NET, the Docker engine, QEMU.</summary>
public interface IRuntime
{
    string Name { get; }
    Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken);
}
