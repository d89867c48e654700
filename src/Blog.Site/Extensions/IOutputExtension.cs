using Blog.Site.Content;
using Blog.Site.Outputs.Files;

namespace Blog.Site.Extensions;

/// <summary>
/// An extension that writes files of its own besides the Liquid it adds. Each file says what it is made of
/// (<see cref="IGeneratedFile.Fingerprint"/>), so <c>serve</c> writes it again exactly when that changed: an extension
/// that also watches its inputs (<see cref="IWatchedExtension"/>) is a new instance after they change, whose files
/// fingerprint what it read.
/// </summary>
public interface IOutputExtension : ISiteExtension
{
    /// <summary>The files it writes for <paramref name="content"/>; a page at one of their paths is an error naming both.</summary>
    IEnumerable<IGeneratedFile> Files(SiteContent content);
}
