using Blog.Lab.Results;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Results;

public sealed class ResultStoreTests : IDisposable
{
    private readonly string _dir = TestData.TemporaryDirectory();
    private readonly ResultStore _store;

    public ResultStoreTests() => _store = new ResultStore(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_written_result_reads_back_equal()
    {
        var spec = TestData.Spec();
        var written = TestData.Result(spec);
        await _store.WriteAsync(written, default);

        var read = await _store.ReadAsync(spec.Id, default);

        Assert.NotNull(read);
        Assert.Equal((written.Id, written.SpecHash, written.Provenance.Cpu, written.Provenance.Runtimes["qemu"]["accelerator"]),
            (read.Id, read.SpecHash, read.Provenance.Cpu, read.Provenance.Runtimes["qemu"]["accelerator"]));
        Assert.Equal(written.Metrics["start_ms"].Summary, read.Metrics["start_ms"].Summary);
        Assert.Equal(written.Metrics["start_ms"].Samples, read.Metrics["start_ms"].Samples);
        Assert.Equal(written.Facts, read.Facts);
    }

    [Fact]
    public async Task The_file_carries_a_schema_version_and_the_spec_hash()
    {
        var spec = TestData.Spec();
        await _store.WriteAsync(TestData.Result(spec), default);
        var json = await File.ReadAllTextAsync(_store.PathOf(spec.Id));
        Assert.Contains("\"schema\": 1", json);
        Assert.Contains($"\"spec_hash\": \"{spec.Hash}\"", json);
    }

    [Fact]
    public async Task A_write_leaves_no_temporary_file_behind()
    {
        await _store.WriteAsync(TestData.Result(TestData.Spec()), default);
        await _store.WriteAsync(TestData.Result(TestData.Spec(), samples: [9, 9, 9]), default);
        Assert.Equal(["native-start.json"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_cancelled_write_keeps_the_previous_result()
    {
        var spec = TestData.Spec();
        await _store.WriteAsync(TestData.Result(spec), default);
        var before = await File.ReadAllTextAsync(_store.PathOf(spec.Id));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _store.WriteAsync(TestData.Result(spec, samples: [7, 7, 7]), new CancellationToken(canceled: true)));

        Assert.Equal(before, await File.ReadAllTextAsync(_store.PathOf(spec.Id)));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task A_result_for_the_same_spec_is_fresh()
    {
        var spec = TestData.Spec();
        await _store.WriteAsync(TestData.Result(spec), default);
        Assert.Equal(Freshness.Fresh, (await _store.StatusAsync(spec, default)).Freshness);
    }

    [Fact]
    public async Task A_changed_spec_makes_the_result_stale_and_says_what_changed()
    {
        var spec = TestData.Spec(samples: 5);
        await _store.WriteAsync(TestData.Result(spec), default);

        var status = await _store.StatusAsync(spec with { Samples = 20, Parameters = new Dictionary<string, string> { ["settle"] = "1s" } }, default);

        Assert.Equal(Freshness.Stale, status.Freshness);
        Assert.Equal("spec changed since it was measured: samples 5 → 20, settle added (1s)", status.Reason);
    }

    [Fact]
    public async Task A_spec_never_measured_is_missing() =>
        Assert.Equal(Freshness.Missing, (await _store.StatusAsync(TestData.Spec("never"), default)).Freshness);

    [Fact]
    public async Task A_corrupt_result_file_is_stale_with_its_position()
    {
        var spec = TestData.Spec();
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(_store.PathOf(spec.Id), "{ \"schema\": 1,\n  \"id\": ");
        var status = await _store.StatusAsync(spec, default);
        Assert.Equal(Freshness.Stale, status.Freshness);
        Assert.Contains("native-start.json:2:", status.Reason);
    }

    /// <summary>
    /// The committed results (indented snake_case, '+' and '×' as they are, optional fields absent) read and written
    /// again are the same bytes: the store's format, whatever serializes it, is the one the repository holds.
    /// </summary>
    [Fact]
    public async Task Every_committed_result_reads_and_writes_back_byte_for_byte()
    {
        var committed = new ResultStore(RepositoryFolder.CommittedResults);
        var files = Directory.GetFiles(committed.Directory, "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var result = await committed.ReadAsync(Path.GetFileNameWithoutExtension(file), default);
            Assert.NotNull(result);
            Assert.Equal(await File.ReadAllTextAsync(file), ResultStore.ToJson(result));
        }
    }
}
