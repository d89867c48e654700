using System.Text.RegularExpressions;
using Blog.Lab.Measurement;

namespace Blog.Lab.Runtimes;

/// <summary>The JVM (OpenJDK): <c>java</c> runs the lab's tiny class, <c>javac</c> compiles it into the run's work folder.</summary>
public sealed partial class JvmRuntime : IRuntime
{
    private const string Install = "install a JDK (apt-get install default-jdk-headless)";

    public string Name => RuntimeNames.Jvm;

    public async Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        ProcessResult java, javac;
        try
        {
            java = await ChildProcess.RunAsync(new ProcessCommand("java", "-version"), cancellationToken);
            javac = await ChildProcess.RunAsync(new ProcessCommand("javac", "-version"), cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new RuntimeProbe(Name, false, "", $"java or javac not found: {Install}");
        }
        if (!java.Succeeded || !javac.Succeeded)
            return new RuntimeProbe(Name, false, "", $"java -version or javac -version failed: {Install}");

        // `java -version` prints to stderr, e.g. "OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)".
        var build = BuildLine().Match(java.StandardError);
        var version = build.Success ? build.Groups[1].Value : java.StandardError.Split('\n')[0].Trim();
        var vendor = java.StandardError.Split('\n')[0].Split(' ')[0];
        var fact = $"{vendor} {version}";
        return new RuntimeProbe(Name, true, version, fact)
        {
            Facts = new Dictionary<string, string> { [ProvenanceKeys.Java] = fact },
        };
    }

    [GeneratedRegex(@"Runtime Environment[^(]*\(build ([^)]+)\)")]
    private static partial Regex BuildLine();
}
