using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What the container experiments' equivalent shell commands (<see cref="IExperiment.EquivalentCommand"/>)
/// assume: the same busybox image built by the docker CLI under a fixed tag, and for <c>docker exec</c> one
/// idle container with a fixed name. Run <see cref="PrepareCommand"/> before timing them and
/// <see cref="CleanupCommand"/> after (<c>lab clean</c> removes them too: they carry the lab's label).
/// </summary>
public static class DockerBench
{
    public const string RunId = "bench";
    public static string Image => BusyboxImage.Tag(RunId);
    public const string IdleContainer = "blog-lab-bench";

    /// <summary>Builds the image from the same Dockerfile, then starts the idle container.</summary>
    public static string PrepareCommand =>
        "ctx=$(mktemp -d) && cp /bin/busybox \"$ctx\"/ && printf '%s\\n' " +
        string.Join(' ', BusyboxImage.Dockerfile.Split('\n').Select(Quote)) + " > \"$ctx\"/Dockerfile" +
        $" && docker build -q -t {Image} --label blog.lab=1 --label blog.lab.run={RunId} \"$ctx\" >/dev/null && rm -rf \"$ctx\"" +
        $" && docker run -d --name {IdleContainer} {Flags(SandboxLimits.Default)} {Image} sleep 3600 >/dev/null";

    public static string CleanupCommand => $"docker rm -f {IdleContainer} >/dev/null; docker rmi -f {Image} >/dev/null";

    /// <summary><c>docker run --rm</c> with the lab's confinement, on the bench image.</summary>
    public static string Run(SandboxLimits limits, string command, bool detach = false) =>
        $"docker run {(detach ? "-d" : "--rm")} {Flags(limits)} {Image} {command}";

    private static string Flags(SandboxLimits limits) => LabSandbox.DockerRunFlags(limits);

    internal static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
