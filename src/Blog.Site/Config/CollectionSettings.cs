namespace Blog.Site.Config;

/// <summary>
/// One custom collection of <c>collections:</c> (Jekyll's <c>Collection</c> metadata). The <c>posts</c> collection is
/// not one of these: posts keep their own reader, and only its permalink is taken from the config.
/// </summary>
/// <param name="Label">The name, as Jekyll sanitizes it (only letters, digits, <c>_</c>, <c>-</c> and <c>.</c>).</param>
/// <param name="Output">Whether its documents and static files are written (<c>output: true</c>).</param>
/// <param name="Permalink">The URL template of its documents, or null for Jekyll's <c>/:collection/:path</c> plus the style's suffix.</param>
/// <param name="SortBy">A front matter key to sort its documents by, or null.</param>
/// <param name="Order">File paths (below the collection folder) giving the documents' order, or null.</param>
/// <param name="Metadata">Everything the config says about it, for <c>collection.*</c> in templates.</param>
public sealed record CollectionSettings(
    string Label,
    bool Output,
    string? Permalink,
    string? SortBy,
    IReadOnlyList<string>? Order,
    IReadOnlyDictionary<string, object?> Metadata)
{
    /// <summary>The folder below the collections folder, e.g. <c>_recipes</c>.</summary>
    public string RelativeDirectory => "_" + Label;
}
