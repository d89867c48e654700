namespace Blog.Site.Content.Documents;

/// <summary>The layout a document asks for: none for a missing key, <c>null</c> or <c>none</c>.</summary>
internal static class DocumentLayout
{
    public static string? From(IReadOnlyDictionary<string, object?> data) =>
        data.GetValueOrDefault("layout") switch
        {
            null or "none" or "" => null,
            var name => RubyText.Of(name),
        };
}
