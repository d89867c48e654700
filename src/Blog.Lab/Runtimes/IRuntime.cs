namespace Blog.Lab.Runtimes;

/// <summary>Whether a runtime can be used here, its version, and if not, what to install or start.</summary>
public sealed record RuntimeProbe(string Name, bool Available, string Version, string Message)
{
    /// <summary>
    /// Facts this runtime contributes to every result's provenance (for example <c>docker_engine</c>,
    /// <c>runc</c>, <c>qemu</c>, <c>accelerator</c>; see <see cref="Measurement.ProvenanceKeys"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
}

/// <summary>A thing that runs workloads: the native OS, the JVM, .NET, the Docker engine, QEMU.</summary>
public interface IRuntime
{
    string Name { get; }
    Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken);
}
