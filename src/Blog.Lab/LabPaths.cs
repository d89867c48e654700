namespace Blog.Lab;

/// <summary>Where the lab's input lives inside a site's source folder: specs in <c>_lab/</c>, results in <c>_lab/results/</c>.</summary>
public sealed record LabPaths(string SourceDirectory)
{
    public string SpecsDirectory => Path.Combine(SourceDirectory, "_lab");
    public string ResultsDirectory => Path.Combine(SpecsDirectory, "results");

    /// <summary>The command that measures <paramref name="ids"/> again, as a reader or author types it.</summary>
    public static string RunCommand(params string[] ids) =>
        "dotnet run --project src/Blog -- lab run" + string.Concat(ids.Select(id => " " + id));

    /// <summary>The command that removes whatever runs left behind (containers, images, VMs, work folders).</summary>
    public const string CleanCommand = "dotnet run --project src/Blog -- lab clean";
}
