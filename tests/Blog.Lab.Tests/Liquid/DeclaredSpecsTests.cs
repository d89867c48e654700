using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Processes;
using Blog.Lab.Liquid;
using Blog.Lab.Runtimes;
using Blog.Lab.Liquid.Specs;
using Blog.Lab.Results;
using Blog.Lab.Specs;
using Blog.Site.Diagnostics;

namespace Blog.Lab.Tests.Liquid;

/// <summary>Experiments declared in <c>_lab/*.yml</c> and in pages' <c>lab:</c> front matter, read as one set.</summary>
public sealed class DeclaredSpecsTests : IDisposable
{
    private static readonly ExperimentCatalogue Catalogue = new([new NativeRuntime(), new JvmRuntime()],
        [new ProcessWorkloadExperiment(ProcessPrograms.Native, ProcessWorkload.Start), new ProcessWorkloadExperiment(ProcessPrograms.Jvm, ProcessWorkload.Start)]);
    private readonly string _source = TestData.TemporaryDirectory();

    public void Dispose() => Directory.Delete(_source, recursive: true);

    private const string PostWithLab = """
        ---
        title: Start-up
        lab:
          - id: post-native
            kind: native-start
            samples: 7
        ---
        Native: {{ lab.post_native.start_ms | ms }}
        """;

    private async Task WriteAsync(string relativePath, string text)
    {
        var path = Path.Combine(_source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text);
    }

    private Task<IReadOnlyList<ExperimentSpec>> LoadAsync() => DeclaredSpecs.LoadAsync(_source, Catalogue, default);

    [Fact]
    public async Task A_post_declares_experiments_in_its_front_matter()
    {
        await WriteAsync("_posts/2026-11-28-start.md", PostWithLab);

        var spec = Assert.Single(await LoadAsync());

        Assert.Equal(("post-native", "native-start", 7), (spec.Id, spec.Kind, spec.Samples));
        Assert.Equal((Path.Combine(_source, "_posts/2026-11-28-start.md"), 4, 5), (spec.SourcePath, spec.Line, spec.Column));
    }

    [Fact]
    public async Task Pages_drafts_and_lab_files_are_read_together()
    {
        await WriteAsync("_lab/process.yml", "- id: file-jvm\n  kind: jvm-start\n");
        await WriteAsync("about.html", "---\nlab:\n  - id: page-jvm\n    kind: jvm-start\n---\n<p>hi</p>\n");
        await WriteAsync("_drafts/next.md", "---\nlab:\n  - id: draft-native\n    kind: native-start\n---\n");

        Assert.Equal(["draft-native", "file-jvm", "page-jvm"], (await LoadAsync()).Select(s => s.Id).Order());
    }

    [Fact]
    public async Task Files_the_site_does_not_read_declare_nothing()
    {
        await WriteAsync("notes.md", "lab:\n  - id: no-front-matter\n    kind: jvm-start\n"); // no "---": a static file
        await WriteAsync("node_modules/pkg/readme.md", "---\nlab:\n  - id: excluded\n    kind: jvm-start\n---\n");
        await WriteAsync("_config.yml", "exclude: [private]\n");
        await WriteAsync("private/secret.md", "---\nlab:\n  - id: excluded-by-config\n    kind: jvm-start\n---\n");

        Assert.Empty(await LoadAsync());
    }

    [Fact]
    public async Task An_error_in_front_matter_is_positioned_in_the_post()
    {
        await WriteAsync("_posts/2026-11-28-start.md", "---\ntitle: x\nlab:\n  - id: a\n    kind: teleport\n---\n");

        var error = Assert.Single(Assert.Throws<SpecException>(() => LoadAsync().GetAwaiter().GetResult()).Errors);

        Assert.StartsWith($"{Path.Combine(_source, "_posts/2026-11-28-start.md")}:5:11: unknown kind 'teleport'", error.ToString());
    }

    [Fact]
    public async Task A_lab_key_that_is_not_a_list_is_an_error_at_its_value()
    {
        await WriteAsync("index.md", "---\nlab: container-start\n---\n");

        var error = Assert.Single((await Assert.ThrowsAsync<SpecException>(LoadAsync)).Errors);

        Assert.Equal($"{Path.Combine(_source, "index.md")}:2:6: 'lab' must be a list of experiments (each item starting with '- id:')", error.ToString());
    }

    [Fact]
    public async Task An_id_declared_in_a_lab_file_and_in_a_post_is_an_error_at_the_second()
    {
        await WriteAsync("_lab/process.yml", "- id: post-native\n  kind: native-start\n");
        await WriteAsync("_posts/2026-11-28-start.md", PostWithLab);

        var failure = await Assert.ThrowsAsync<SpecException>(LoadAsync);

        var error = Assert.Single(failure.Errors);
        Assert.Equal(Path.Combine(_source, "_posts/2026-11-28-start.md"), error.Path);
        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.Contains($"duplicate experiment id 'post-native' (first declared at {Path.Combine(_source, "_lab/process.yml")}:1:3)", error.Message);
    }

    [Fact]
    public async Task The_build_reports_front_matter_errors_relative_to_the_source()
    {
        await WriteAsync("_posts/2026-11-28-a.md", "---\nlab:\n  - id: twice\n    kind: jvm-start\n---\n");
        await WriteAsync("_posts/2026-11-28-b.md", "---\nlab:\n  - id: twice\n    kind: jvm-start\n  - id: broken\n    kind: jvm-start\n    samples: 0\n---\n");

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => LabExtension.LoadAsync(_source, default));

        Assert.Equal([
                "_posts/2026-11-28-b.md:3:5: duplicate experiment id 'twice' (first declared at _posts/2026-11-28-a.md:3:5)",
                "_posts/2026-11-28-b.md:7:14: samples must be a whole number from 1 to 10000, not '0'",
            ],
            failure.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task A_result_of_a_front_matter_experiment_is_fresh_until_its_spec_changes()
    {
        await WriteAsync("_posts/2026-11-28-start.md", PostWithLab);
        var declared = Assert.Single(await LoadAsync());
        await new ResultStore(new LabPaths(_source).ResultsDirectory).WriteAsync(TestData.Result(declared), default);

        Assert.Equal(Freshness.Fresh, (await LabExtension.LoadAsync(_source, default)).Data.Statuses["post-native"].Freshness);

        await WriteAsync("_posts/2026-11-28-start.md", PostWithLab.Replace("samples: 7", "samples: 9"));
        Assert.Equal(Freshness.Stale, (await LabExtension.LoadAsync(_source, default)).Data.Statuses["post-native"].Freshness);
    }
}
