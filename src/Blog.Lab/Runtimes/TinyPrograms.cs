namespace Blog.Lab.Runtimes;

/// <summary>
/// The do-nothing program each process VM runs: without arguments it exits at once (start-up time); with
/// <c>idle</c> it prints <c>ready</c> and sleeps (idle memory). The Java one is compiled at run time, outside
/// the measurement; the .NET one is compiled with the lab (src/Blog.Lab/Tiny) and copied beside it.
/// </summary>
public static class TinyPrograms
{
    public const string ReadyLine = "ready";
    public const string IdleArgument = "idle";
    public const string JavaClass = "Tiny";

    public const string JavaSource = """
        public class Tiny {
            public static void main(String[] args) throws Exception {
                if (args.length > 0 && args[0].equals("idle")) {
                    System.out.println("ready");
                    System.out.flush();
                    Thread.sleep(600_000);
                }
            }
        }
        """;

    public static string DotnetTinyDll => Path.Combine(AppContext.BaseDirectory, "Blog.Lab.Tiny.dll");

    /// <summary>Writes Tiny.java into <paramref name="directory"/> and compiles it there; returns the class path.</summary>
    public static async Task<string> CompileJavaAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        if (File.Exists(Path.Combine(directory, JavaClass + ".class"))) return directory;
        await File.WriteAllTextAsync(Path.Combine(directory, JavaClass + ".java"), JavaSource, cancellationToken);
        var javac = await ChildProcess.RunAsync(
            new ProcessCommand("javac", "-d", directory, Path.Combine(directory, JavaClass + ".java")), cancellationToken);
        if (!javac.Succeeded)
            throw new InvalidOperationException($"javac failed ({javac.ExitCode}): {javac.StandardError.Trim()}");
        return directory;
    }

    public static ProcessCommand Java(string classPath, params string[] arguments) =>
        new("java", ["-cp", classPath, JavaClass, .. arguments]);

    public static ProcessCommand Dotnet(params string[] arguments) =>
        new("dotnet", [DotnetTinyDll, .. arguments]);
}
