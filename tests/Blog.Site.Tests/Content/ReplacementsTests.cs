using Blog.Site.Content;

namespace Blog.Site.Tests.Content;

/// <summary>The records an edit replaced, looked up by reference whether there are a few or many.</summary>
public sealed class ReplacementsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(200)]
    public void Each_record_finds_its_replacement_by_reference_and_an_equal_record_finds_none(int count)
    {
        var before = Enumerable.Range(0, count).Select(i => new Box($"r{i}")).ToList();
        var after = before.Select(b => new Box(b.Name + "'")).ToList();
        var replacements = new Replacements<Box>(before.Zip(after, KeyValuePair.Create));

        Assert.Equal(count, replacements.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Same(after[i], replacements.Current(before[i]));
            Assert.True(replacements.ContainsKey(before[i]));
        }
        // Records are equal by value: only the instance that was replaced is found.
        var twin = new Box("r0");
        Assert.Equal(before[0], twin);
        Assert.False(replacements.ContainsKey(twin));
        Assert.Same(twin, replacements.Current(twin));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void A_record_replaced_again_has_its_later_replacement(int others)
    {
        var record = new Box("post");
        var replacements = new Replacements<Box>();
        for (var i = 0; i < others; i++) replacements.Add(new Box($"other{i}"), new Box($"other{i}'"));
        var first = new Box("post'");
        var second = new Box("post''");

        replacements.Add(record, first);
        replacements.Add(record, second);

        Assert.Same(second, replacements.Current(record));
        Assert.Same(second, replacements[record]);
        Assert.Equal(others + 1, replacements.Count);
    }

    public sealed record Box(string Name);
}
