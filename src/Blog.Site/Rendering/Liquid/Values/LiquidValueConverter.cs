using System.Collections;
using Blog.Site.Config.Dates;
using Blog.Site.Content;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// Turns the build's plain values (front matter, data files, config, documents) into Liquid values. One per
/// build; the drops of the site's posts and pages are made once and shared by every page.
/// </summary>
internal sealed class LiquidValueConverter
{
    private readonly TemplateOptions _options;
    private readonly IDocumentContentSource _contents;
    private readonly IReadOnlyList<Document> _posts;
    // Both made as needed: a rebuild that renders a few pages of a large site needs a few drops.
    private readonly Lazy<Dictionary<Document, int>> _postIndex;
    private readonly Lazy<Dictionary<Document, (IReadOnlyList<Document> Documents, int Index)>> _collectionIndex;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Document, DocumentDrop> _drops = new(ReferenceEqualityComparer.Instance);

    public LiquidValueConverter(SiteContent content, TemplateOptions options, IDocumentContentSource contents)
    {
        _options = options;
        _contents = contents;
        _posts = content.Posts;
        _postIndex = new(() =>
        {
            var index = new Dictionary<Document, int>(content.Posts.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < content.Posts.Count; i++) index[content.Posts[i]] = i;
            return index;
        });
        _collectionIndex = new(() =>
        {
            var index = new Dictionary<Document, (IReadOnlyList<Document>, int)>(ReferenceEqualityComparer.Instance);
            foreach (var collection in content.Collections)
                for (var i = 0; i < collection.Documents.Count; i++) index[collection.Documents[i]] = (collection.Documents, i);
            return index;
        });
    }

    public DocumentDrop Drop(Document document) => _drops.GetOrAdd(document, d => new DocumentDrop(d, this, _contents));

    /// <summary>Jekyll's <c>page.next</c>: the next post in time, i.e. the newer one.</summary>
    public FluidValue NewerPost(Document post) =>
        _postIndex.Value.TryGetValue(post, out var i) && i > 0 ? Drop(_posts[i - 1]) : NilValue.Instance;

    /// <summary>Jekyll's <c>page.previous</c>: the older post.</summary>
    public FluidValue OlderPost(Document post) =>
        _postIndex.Value.TryGetValue(post, out var i) && i + 1 < _posts.Count ? Drop(_posts[i + 1]) : NilValue.Instance;

    /// <summary>Jekyll's <c>next</c>/<c>previous</c> of a custom collection's document: its neighbour in the collection's order.</summary>
    public FluidValue NextInCollection(Document document, int step)
    {
        if (!_collectionIndex.Value.TryGetValue(document, out var at)) return NilValue.Instance;
        int i = at.Index + step;
        return i >= 0 && i < at.Documents.Count ? Drop(at.Documents[i]) : NilValue.Instance;
    }

    public ArrayValue Drops(IEnumerable<Document> documents) => new(documents.Select(d => (FluidValue)Drop(d)).ToArray());

    public FluidValue Convert(object? value) => value switch
    {
        null => NilValue.Instance,
        FluidValue fluid => fluid,
        string text => StringValue.Create(text),
        bool flag => BooleanValue.Create(flag),
        int or long or short or byte or uint or ulong or decimal => NumberValue.Create(System.Convert.ToDecimal(value)),
        double or float => Float(System.Convert.ToDouble(value)),
        DateTimeOffset time => new TimeValue(time),
        CalendarDate date => new TimeValue(date),
        DateTime time => new TimeValue(time),
        Document document => Drop(document),
        StaticFile file => StaticFileValue(file),
        IReadOnlyDictionary<string, object?> map => new DataHash(map, this),
        IDictionary map => new DataHash(ToStringKeyed(map), this),
        IEnumerable items => new ArrayValue(items.Cast<object?>().Select(Convert).ToArray()),
        _ => FluidValue.Create(value, _options),
    };

    /// <summary>
    /// A YAML float keeps a decimal place when it has no fraction (<c>3.0</c> stays <c>3.0</c>, as Ruby prints a Float);
    /// what a decimal cannot hold (<c>.inf</c>, <c>.nan</c>, beyond 10^28) is the text Ruby prints for it.
    /// </summary>
    private static FluidValue Float(double value)
    {
        if (double.IsNaN(value)) return StringValue.Create("NaN");
        if (double.IsInfinity(value) || Math.Abs(value) >= 7.9e28) return StringValue.Create(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace("∞", "Infinity"));
        var number = System.Convert.ToDecimal(value);
        return NumberValue.Create(number.Scale == 0 ? number + 0.0m : number);
    }

    private FluidValue StaticFileValue(StaticFile file) => new FixedHash(
    [
        new("path", StringValue.Create(file.Url)),
        new("name", StringValue.Create(Path.GetFileName(file.RelativePath))),
        new("basename", StringValue.Create(Path.GetFileNameWithoutExtension(file.RelativePath))),
        new("extname", StringValue.Create(Path.GetExtension(file.RelativePath))),
        new("modified_time", new DateTimeValue(file.ModifiedTime)),
    ])
    {
        RubyObject = new RubyObject("Jekyll::Drops::StaticFileDrop", $"#<Jekyll::StaticFile @relative_path={RubyInspect.Quoted("/" + file.RelativePath)}>"),
    };

    /// <summary>YAML maps may come as non-generic dictionaries with object keys; Liquid looks members up by name.</summary>
    private static Dictionary<string, object?> ToStringKeyed(IDictionary map)
    {
        var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map) result[System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? ""] = entry.Value;
        return result;
    }
}
