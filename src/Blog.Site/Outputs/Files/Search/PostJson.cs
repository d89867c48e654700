namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// A post's <see cref="PostText"/> as the index's JSON values, escaped as it escapes every value (<see cref="SearchIndexJson"/>):
/// its headings (an array; no bytes when it has none), its lead (a string) and its words (a string; no bytes when there
/// are none), one after the other in <see cref="Values"/>. Encoded as the post's page renders and kept in <see cref="ByteChunks"/>
/// until the index is written; the values that depend on the config (the URL, the date) are written then.
/// </summary>
internal readonly record struct PostJson(ByteSlice Values, int HeadingsLength, int LeadLength)
{
    public ReadOnlySpan<byte> Headings => Values.Span[..HeadingsLength];

    public ReadOnlySpan<byte> Lead => Values.Span.Slice(HeadingsLength, LeadLength);

    public ReadOnlySpan<byte> Words => Values.Span[(HeadingsLength + LeadLength)..];
}
