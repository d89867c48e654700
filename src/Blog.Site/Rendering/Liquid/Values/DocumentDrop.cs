using System.Globalization;
using System.Text.Encodings.Web;
using Blog.Site.Config.Dates;
using Blog.Site.Content;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// A post or page as templates see it (<c>page</c>, <c>post</c> in <c>site.posts</c>, <c>paginator.posts</c>):
/// Jekyll's computed members plus every front matter key. Content and excerpt are rendered only when asked for.
/// </summary>
internal sealed class DocumentDrop(Document document, LiquidValueConverter converter, IDocumentContentSource contents,
    string? contentOverride = null) : FluidValue
{
    public Document Document => document;

    /// <summary>The same document whose <c>content</c> is already known (the page being rendered).</summary>
    public DocumentDrop WithContent(string content) => new(document, converter, contents, content);

    public override FluidValues Type => FluidValues.Object;

    public override async ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        switch (name)
        {
            case "content":
                return StringValue.Create(contentOverride ?? await contents.ContentAsync(document, context));
            case "excerpt":
                if (document.Data.TryGetValue("excerpt", out var given) && given is not null) return converter.Convert(given);
                return document.IsCollectionDocument ? StringValue.Create(await contents.ExcerptAsync(document, context)) : NilValue.Instance;
            case "next" or "previous":
                // Which documents are its neighbours follows from every document's date and order, not from its own record.
                SiteInput.Record(context, SiteInput.NeighboursOf(document));
                return Member(name);
            default:
                return Member(name);
        }
    }

    /// <summary>Every member but the rendered ones: Jekyll's computed members first, then front matter, then defaults.</summary>
    private FluidValue Member(string name)
    {
        switch (name)
        {
            case "url": return StringValue.Create(document.Url);
            case "id": return document.Id.Length > 0 ? StringValue.Create(document.Id) : NilValue.Instance;
            case "path" or "relative_path": return StringValue.Create(CollectionRelativePath(document));
            // Pages have a date only when their front matter gives one, as in Jekyll, and a YAML date stays a date there (a
            // document's date is always a time).
            case "date" when !document.IsCollectionDocument && document.Data.GetValueOrDefault("date") is CalendarDate day: return new TimeValue(day);
            case "date": return document.IsCollectionDocument || document.Data.ContainsKey("date") ? new TimeValue(document.Date) : NilValue.Instance;
            // A page's categories and tags are its front matter's, as written (Jekyll computes them for documents only).
            case "categories" when document.IsCollectionDocument: return converter.Convert(document.Categories);
            case "tags" when document.IsCollectionDocument: return converter.Convert(document.Tags);
            case "next": return document.Collection is null ? converter.NewerPost(document) : converter.NextInCollection(document, 1);
            case "previous": return document.Collection is null ? converter.OlderPost(document) : converter.NextInCollection(document, -1);
            case "collection": return document.CollectionLabel is { } label ? StringValue.Create(label) : NilValue.Instance;
            case "draft": return document.IsCollectionDocument ? BooleanValue.Create(document.Kind == DocumentKind.Draft) : NilValue.Instance;
        }

        if (document.Data.TryGetValue(name, out var value)) return converter.Convert(value);

        return name switch
        {
            "title" => document.Title is null ? NilValue.Instance : StringValue.Create(document.Title),
            "slug" => StringValue.Create(document.Slug),
            "layout" => document.Layout is null ? NilValue.Instance : StringValue.Create(document.Layout),
            "name" => StringValue.Create(Path.GetFileName(document.RelativePath)),
            "ext" or "extname" => StringValue.Create(document.Extension),
            "dir" => StringValue.Create(Directory(document.Url)),
            "output_path" => StringValue.Create(document.OutputPath),
            _ => NilValue.Instance,
        };
    }

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) =>
        GetValueAsync(index.ToStringValue(), context);

    /// <summary>Jekyll's <c>DocumentDrop</c> methods, in the order its <c>to_h</c> lists them (recorded from Jekyll 4.3.1).</summary>
    private static readonly string[] PostMethods =
        ["name", "id", "relative_path", "excerpt", "title", "categories", "collection", "next", "tags", "previous", "content", "output", "path", "url", "date"];

    /// <summary>What a nested post leaves out (Jekyll's <c>NESTED_OBJECT_FIELD_BLACKLIST</c>), which also ends the chain of neighbours.</summary>
    private static readonly string[] NestedBlacklist = ["content", "output", "excerpt", "next", "previous"];

    /// <summary>What Jekyll adds after a page's front matter (<c>Page::ATTRIBUTES_FOR_LIQUID</c>).</summary>
    private static readonly string[] PageAttributes = ["content", "dir", "excerpt", "name", "path", "url"];

    /// <summary>
    /// The members <c>jsonify</c> and <c>inspect</c> write, as Jekyll 4.3 has them. A post is a drop: its methods, then
    /// <c>draft</c>, its other front matter, <c>slug</c> and <c>ext</c>; <c>output</c> is its content (the page in its
    /// layout is not known while pages render). A page is a hash: its front matter, then its text as written
    /// (Jekyll takes the page before rendering it), folder, excerpt, name, path and URL.
    /// </summary>
    /// <param name="collapsed">A post nested two levels deep: Jekyll leaves out the rendered members and the neighbours.</param>
    public async ValueTask<List<KeyValuePair<string, FluidValue>>> JsonMembersAsync(TemplateContext context, bool collapsed)
    {
        var members = new List<KeyValuePair<string, FluidValue>>();
        if (!document.IsPost)
        {
            // A page's text as written is its body.
            RenderStack.Of(context).ReadingBodyOf(document);
            var further = new Dictionary<string, FluidValue>(StringComparer.Ordinal)
            {
                ["content"] = StringValue.Create(document.Body),
                ["dir"] = StringValue.Create(Directory(document.Url)),
                ["excerpt"] = document.Data.TryGetValue("excerpt", out var excerpt) && excerpt is not null ? StringValue.Create(converter.Convert(excerpt).ToStringValue()) : NilValue.Instance,
                ["name"] = StringValue.Create(Path.GetFileName(document.RelativePath)),
                ["path"] = StringValue.Create(document.RelativePath),
                ["url"] = StringValue.Create(document.Url),
            };
            foreach (var (key, value) in document.Data)
                members.Add(new(key, further.Remove(key, out var given) ? given : converter.Convert(value)));
            members.AddRange(PageAttributes.Where(further.ContainsKey).Select(key => new KeyValuePair<string, FluidValue>(key, further[key])));
            return members;
        }

        foreach (var key in PostMethods)
        {
            if (collapsed && NestedBlacklist.Contains(key)) continue;
            members.Add(new(key, key switch
            {
                "name" => StringValue.Create(Path.GetFileName(document.RelativePath)),
                "relative_path" => StringValue.Create(document.RelativePath),
                "output" => await GetValueAsync("content", context),
                _ => await GetValueAsync(key, context),
            }));
        }
        members.Add(new("draft", BooleanValue.Create(document.Kind == DocumentKind.Draft)));
        foreach (var (key, value) in document.Data)
            if (!PostMethods.Contains(key) && key is not ("draft" or "slug" or "ext")) members.Add(new(key, converter.Convert(value)));
        members.Add(new("slug", StringValue.Create(document.Slug)));
        members.Add(new("ext", StringValue.Create(document.Extension)));
        return members;
    }

    /// <summary>Jekyll's <c>relative_path</c> of a collection document leaves <c>collections_dir</c> out.</summary>
    private static string CollectionRelativePath(Document document)
    {
        if (document.Collection is not { } collection) return document.RelativePath;
        int at = document.RelativePath.IndexOf(collection.RelativeDirectory + "/", StringComparison.Ordinal);
        return at <= 0 ? document.RelativePath : document.RelativePath[at..];
    }

    private static string Directory(string url)
    {
        var slash = url.LastIndexOf('/');
        return slash < 0 ? "/" : url[..(slash + 1)];
    }

    public override bool Equals(FluidValue other) => other is DocumentDrop drop && ReferenceEquals(drop.Document, document);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => document.Url;

    public override object ToObjectValue() => document;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        new(writer.WriteAsync(encoder.Encode(document.Url)));

    public override bool Equals(object? obj) => obj is FluidValue value && Equals(value);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(document);
}
