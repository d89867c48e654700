namespace Blog.Lab.Runtimes;

/// <summary>The <see cref="IRuntime.Name"/> of each runtime, as experiments name them in <c>RequiredRuntimes</c>.</summary>
public static class RuntimeNames
{
    public const string Native = "native";
    public const string Jvm = "jvm";
    public const string Dotnet = "dotnet";
    public const string Docker = "docker";
    public const string Qemu = "qemu";
}
