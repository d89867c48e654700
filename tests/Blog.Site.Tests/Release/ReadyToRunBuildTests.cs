using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Blog.Site.Tests.Release;

/// <summary>
/// The README's build command, <c>dotnet run --project src/Blog</c>, starts the generator from what the build copied beside
/// it: the libraries and our projects' assemblies precompiled ReadyToRun (<c>src/Blog/ReadyToRunReferences.targets</c>), so
/// a small site's build does not spend its time jitting. Each copy is the same assembly as the one it was compiled from;
/// the lab's tiny .NET program is left as built, since the lab measures its start.
/// </summary>
public sealed class ReadyToRunBuildTests
{
    private static readonly string Configuration =
        typeof(ReadyToRunBuildTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string Output(string project) => Path.Combine(NativeRelease.Repository, "src", project, "bin", Configuration, "net10.0");

    [Theory]
    [InlineData("Markdig.dll")]
    [InlineData("Fluid.dll")]
    [InlineData("YamlDotNet.dll")]
    [InlineData("Spectre.Console.Cli.dll")]
    public void The_libraries_beside_the_generator_are_precompiled(string library) =>
        Assert.True(IsReadyToRun(Path.Combine(Output("Blog"), library)), $"{library} beside the generator is IL only");

    [Theory]
    [InlineData("Blog.Site")]
    [InlineData("Blog.Lab")]
    [InlineData("Blog.Lab.Liquid")]
    public void Our_assemblies_beside_the_generator_are_the_projects_own_precompiled(string project)
    {
        var beside = Path.Combine(Output("Blog"), project + ".dll");
        var built = Path.Combine(Output(project), project + ".dll");

        Assert.True(IsReadyToRun(beside), $"{beside} is IL only");
        Assert.False(IsReadyToRun(built), $"{built}, the project's own output, should be as the compiler wrote it");
        Assert.Equal(ModuleVersionId(built), ModuleVersionId(beside));
    }

    [Fact]
    public void The_labs_tiny_program_is_left_as_built() =>
        Assert.False(IsReadyToRun(Path.Combine(Output("Blog"), "Blog.Lab.Tiny.dll")), "the lab's tiny .NET program was precompiled");

    /// <summary>A ReadyToRun image has a managed native header (its precompiled code's directory); an IL-only assembly none.</summary>
    private static bool IsReadyToRun(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static Guid ModuleVersionId(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
