using System.Formats.Tar;
using System.Text;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// The lab's container image: <c>FROM scratch</c> plus the host's static busybox (Debian's busybox-static),
/// built by the engine from a tar context the lab packs itself (nothing can be pulled here).
/// Tagged and labelled with the run id, so each run has its own image and <c>lab clean</c> finds leftovers.
/// </summary>
public static class BusyboxImage
{
    public const string Repository = "blog-lab-busybox";
    public const string HostBusybox = "/bin/busybox";

    /// <summary>The image's whole recipe; busybox is the entrypoint, so a command is an applet and its arguments.</summary>
    public const string Dockerfile = """
        FROM scratch
        COPY busybox /bin/busybox
        ENTRYPOINT ["/bin/busybox"]
        """;

    /// <summary>The tag of the image run <paramref name="runId"/> builds.</summary>
    public static string Tag(string runId) => $"{Repository}:{TagSafe(runId)}";

    /// <summary>Builds the image (tar context: Dockerfile + busybox); dispose the result to remove it.</summary>
    public static async Task<LabImage> BuildAsync(
        DockerSession docker, string runId, CancellationToken cancellationToken, string busyboxPath = HostBusybox)
    {
        if (!File.Exists(busyboxPath))
            throw new FileNotFoundException($"{busyboxPath} is missing: install busybox-static (apt-get install busybox-static)", busyboxPath);

        using var context = await PackContextAsync(busyboxPath, cancellationToken);
        var tag = Tag(runId);
        var errors = new BuildErrors();
        var parameters = new ImageBuildParameters
        {
            Tags = [tag],
            Labels = LabLabels.For(runId),
            Remove = true,
            ForceRemove = true,
            // Cached steps are images another run may be deleting at that moment (the engine then fails the
            // build with "failed to get digest"); the build is a 2 MB copy, so each run builds its own.
            NoCache = true,
        };
        var image = new LabImage(docker, tag);
        try
        {
            await docker.CallAsync($"build {tag}",
                (c, ct) => c.Images.BuildImageFromDockerfileAsync(parameters, context, null, null, errors, ct),
                cancellationToken, docker.Timeouts.Build);
            if (errors.First is { } error)
                throw new InvalidOperationException($"docker: building {tag} failed: {error}");
            await image.InspectAsync(cancellationToken); // built and tagged, or this throws
            return image;
        }
        catch
        {
            await image.DisposeAsync();
            throw;
        }
    }

    private static async Task<MemoryStream> PackContextAsync(string busyboxPath, CancellationToken cancellationToken)
    {
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Ustar, leaveOpen: true))
        {
            var dockerfile = new UstarTarEntry(TarEntryType.RegularFile, "Dockerfile")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Dockerfile + "\n")),
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            };
            await writer.WriteEntryAsync(dockerfile, cancellationToken);
            await using var binary = File.OpenRead(busyboxPath);
            var busybox = new UstarTarEntry(TarEntryType.RegularFile, "busybox")
            {
                DataStream = binary,
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                       UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
            };
            await writer.WriteEntryAsync(busybox, cancellationToken);
        }
        tar.Position = 0;
        return tar;
    }

    private static string TagSafe(string runId)
    {
        var safe = new string(runId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' ? c : '-').ToArray());
        return safe.Length == 0 ? "run" : safe.Length > 120 ? safe[..120] : safe;
    }

    /// <summary>The build's progress messages arrive synchronously; the first error is kept.</summary>
    private sealed class BuildErrors : IProgress<JSONMessage>
    {
        public string? First { get; private set; }
        public void Report(JSONMessage value)
        {
            if (First is null && value.Error is { } error) First = error.Message;
        }
    }
}
