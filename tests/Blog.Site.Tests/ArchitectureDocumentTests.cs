using System.Text.RegularExpressions;
using System.Xml.Linq;
using Blog.Site.Tests.Content;

namespace Blog.Site.Tests;

/// <summary>
/// ARCHITECTURE.md stays true: every type and folder it names exists in <c>src/</c>, and the projects reference only
/// what its table says each may use. A rename or a new reference that the document does not follow fails here.
/// </summary>
public partial class ArchitectureDocumentTests
{
    private static readonly string Repository = Path.GetFullPath(Path.Combine(TempSite.TestsFolder(), "..", ".."));
    private static readonly string Source = Path.Combine(Repository, "src");
    private static readonly string Document = File.ReadAllText(Path.Combine(Repository, "ARCHITECTURE.md"));

    // Types of the framework the document names for what they are, not as rooms of this code.
    private static readonly HashSet<string> Framework = ["CancellationToken"];

    [Fact]
    public void Every_type_it_names_is_declared_in_src()
    {
        var declared = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Declaration().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var named = TypeName().Matches(Document).Select(m => m.Groups["name"].Value).Where(n => !Framework.Contains(n)).Distinct().ToList();

        Assert.True(named.Count > 20, $"the document names only {named.Count} types");
        Assert.Empty(named.Where(n => !declared.Contains(n)));
    }

    [Fact]
    public void Every_folder_it_names_exists_in_src()
    {
        var folders = Directory.EnumerateDirectories(Source, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(Source, d).Replace('\\', '/') + "/").ToList();
        var named = FolderName().Matches(Document).Select(m => m.Groups["path"].Value).Distinct().ToList();

        Assert.True(named.Count > 20, $"the document names only {named.Count} folders");
        Assert.Empty(named.Where(n => !folders.Any(f => f.EndsWith("/" + n, StringComparison.Ordinal) || f == n)));
    }

    [Theory]
    [InlineData("Blog.Site", new string[0])]
    [InlineData("Blog.Lab", new string[0])]
    [InlineData("Blog.Lab.Liquid", new[] { "Blog.Lab", "Blog.Site" })]
    [InlineData("Blog", new[] { "Blog.Lab", "Blog.Lab.Liquid", "Blog.Site" })]
    public void Each_project_references_only_what_the_document_allows(string project, string[] allowed)
    {
        var references = XDocument.Load(Path.Combine(Source, project, project + ".csproj"))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(allowed, references);
        Assert.Contains($"`src/{project}`", Document);
    }

    [GeneratedRegex(@"\b(?:class|record|interface|struct|enum)\s+(?<name>[A-Z][A-Za-z0-9]*)")]
    private static partial Regex Declaration();

    /// <summary>A PascalCase name in backticks, such as <c>`LabRunner`</c> or <c>`LabEngines.Default()`</c>.</summary>
    [GeneratedRegex(@"`(?<name>(?:I[A-Z]|[A-Z][a-z])[A-Za-z0-9]*)(?:\.[A-Za-z]+\(\))?`")]
    private static partial Regex TypeName();

    /// <summary>A folder in backticks, ending in a slash: <c>`Build/`</c>, <c>`Incremental/`</c>.</summary>
    [GeneratedRegex(@"`(?<path>[A-Z][A-Za-z]+(?:/[A-Z][A-Za-z]+)*/)`")]
    private static partial Regex FolderName();
}
