using Blog.Site.Config;
using Blog.Site.Content;

namespace Blog.Site.Extensions;

/// <summary>
/// What the site's one read of its source found, handed to the extensions that read the same source (the lab: its
/// experiments declared in pages' <c>lab:</c> front matter), so a build parses the config and walks the source once,
/// not once per reader: when loading them (<see cref="Build.SiteBuilder"/>'s loader) and, in <c>serve</c>, when they
/// read their inputs again (<see cref="IWatchedExtension.ReloadAsync"/>).
/// </summary>
/// <param name="Settings">The config, merged with the defaults and the build's options.</param>
/// <param name="Documents">
/// Every post, page and collection document read from a file, in no particular order: those the build publishes
/// (drafts with drafts on; not those it leaves out, such as unpublished or future posts).
/// </param>
public sealed record SiteRead(SiteSettings Settings, IEnumerable<Document> Documents);
