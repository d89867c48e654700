using Blog.Site.Content;

namespace Blog.Site.Outputs.Files.Feed;

/// <summary>One post of the feed with its rendered HTML (content without layout, and excerpt).</summary>
public sealed record FeedEntry(Document Post, string ContentHtml, string ExcerptHtml);
