namespace Blog.Site.Outputs.Pages.Archives;

/// <summary>What an archive page lists: the posts of one category or of one tag.</summary>
public enum ArchiveKind { Category, Tag }
