using System.Text;
using Blog.Site.Outputs.Files.Search;

namespace Blog.Site.Tests.Outputs.Search;

/// <summary>Where the search index keeps its posts' encoded texts until it is written: appended into a few large arrays.</summary>
public sealed class ByteChunksTests
{
    [Fact]
    public void Every_slice_keeps_its_bytes_as_arrays_fill_and_new_ones_are_made()
    {
        var chunks = new ByteChunks();
        // 3,000 values of 1 to 1,000 bytes: ~1.5 MB, more than the largest array holds, and one value of 3 MB on its own.
        var values = Enumerable.Range(0, 3000).Select(i => Encoding.UTF8.GetBytes(new string((char)('a' + i % 26), i % 1000 + 1)))
            .Append(new byte[3 * 1024 * 1024]).ToList();

        var slices = values.Select(value => chunks.Add(value)).ToList();

        Assert.All(values.Zip(slices), pair => Assert.True(pair.Second.Span.SequenceEqual(pair.First)));
        Assert.True(slices.Select(s => s.Chunk).Distinct().Count() > 2);
    }

    [Fact]
    public void Values_added_at_once_from_several_threads_are_each_kept_whole()
    {
        var chunks = new ByteChunks();
        var values = Enumerable.Range(0, 4000).Select(i => Encoding.UTF8.GetBytes($"post {i}: " + new string('x', i % 300))).ToArray();
        var slices = new ByteSlice[values.Length];

        Parallel.For(0, values.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => slices[i] = chunks.Add(values[i]));

        Assert.All(Enumerable.Range(0, values.Length), i => Assert.Equal(values[i], slices[i].Span.ToArray()));
    }
}
