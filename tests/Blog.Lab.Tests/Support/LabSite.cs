namespace Blog.Lab.Tests.Support;

/// <summary>
/// A site source folder of the test's own: <c>_lab/experiments.yml</c> with the specs the test declares and
/// <c>_lab/results/</c> holding copies of committed results (the "previous results" a fault must not touch), plus a
/// temporary folder the command line gets as its TMPDIR, so the test can see every work folder the run leaves.
/// </summary>
internal sealed class LabSite : IDisposable
{
    private LabSite(string source, string temp)
    {
        Source = source;
        Temp = temp;
    }

    public string Source { get; }
    public string Temp { get; }
    public string Results => Path.Combine(Source, "_lab", "results");

    public static LabSite With(string specsYaml, params string[] previousResults)
    {
        var source = Directory.CreateTempSubdirectory("blog-lab-site-").FullName;
        var temp = Directory.CreateTempSubdirectory("blog-lab-tmpdir-").FullName;
        Directory.CreateDirectory(Path.Combine(source, "_lab", "results"));
        File.WriteAllText(Path.Combine(source, "_lab", "experiments.yml"), specsYaml);
        foreach (var id in previousResults)
            File.Copy(Path.Combine(RepositoryFolder.CommittedResults, id + ".json"), Path.Combine(source, "_lab", "results", id + ".json"));
        return new LabSite(source, temp);
    }

    /// <summary>Asserts the run left nothing in its temporary folder (no <c>blog-lab-run-*</c> work folder, nothing else).</summary>
    public void AssertNoTemporaryFilesLeft() => Assert.Empty(Directory.EnumerateFileSystemEntries(Temp));

    public void Dispose()
    {
        Directory.Delete(Source, recursive: true);
        Directory.Delete(Temp, recursive: true);
    }
}
