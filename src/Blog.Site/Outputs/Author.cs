namespace Blog.Site.Outputs;

/// <summary>Who wrote a page, as jekyll-feed and jekyll-seo-tag resolve it.</summary>
public sealed record Author(string Name, string? Email = null, string? Uri = null, string? Url = null, string? Twitter = null, string? Type = null)
{
    /// <summary>
    /// <c>page.author</c>, else <c>page.authors[0]</c>, else <c>site.author</c>; a name found in
    /// <c>site.data.authors</c> takes that entry's details. Null when nobody is named.
    /// </summary>
    public static Author? Resolve(object? pageAuthor, object? pageAuthors, object? siteAuthor, object? siteData)
    {
        var chosen = NonEmpty(pageAuthor) ?? NonEmpty(DataValues.First(pageAuthors)) ?? NonEmpty(siteAuthor);
        if (chosen is null) return null;
        if (DataValues.Text(chosen) is { } key && DataValues.Get(siteData, "authors", key) is { } entry && DataValues.IsMap(entry))
            return FromMap(entry, fallbackName: key);
        if (DataValues.IsMap(chosen)) return FromMap(chosen, fallbackName: null);
        // A list or other non-text value names nobody (jekyll-seo-tag finds no name in it either).
        return DataValues.Text(chosen) is { } name ? new Author(name) : null;
    }

    private static Author? FromMap(object map, string? fallbackName)
    {
        var name = DataValues.Text(DataValues.Get(map, "name")) ?? fallbackName;
        if (name is null) return null;
        return new Author(
            name,
            DataValues.Text(DataValues.Get(map, "email")),
            DataValues.Text(DataValues.Get(map, "uri")),
            DataValues.Text(DataValues.Get(map, "url")),
            DataValues.Text(DataValues.Get(map, "twitter")),
            DataValues.Text(DataValues.Get(map, "type")));
    }

    private static object? NonEmpty(object? value) =>
        value is null || (value is string s && s.Length == 0) ? null : value;
}
