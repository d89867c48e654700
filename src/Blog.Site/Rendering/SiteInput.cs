using Blog.Site.Content;
using Fluid;

namespace Blog.Site.Rendering;

/// <summary>
/// The site's inputs a render can read besides its own document and the config, as the keys a render records
/// (<see cref="ValueReads.AddInput"/>) and a page's fingerprint is then made of: each layout and include by name, each
/// top-level <c>_data</c> entry (or all of <c>site.data</c>), the site's listings, a document's neighbours, <c>site.time</c>, each local image shown (its size and versions),
/// the static files' bytes (fingerprinted asset URLs), and files read by a path relative to the page (which nothing
/// fingerprints: such a page is always rendered). The first character says the kind, the rest names the input.
/// </summary>
public static class SiteInput
{
    public const char LayoutKind = 'L', IncludeKind = 'I', DataKind = 'D', NeighboursKind = 'N', ImageKind = 'M';

    /// <summary>Every document's front matter and URL, and the static files' paths: <c>site.posts</c>, <c>site.pages</c>, categories, tags, collections, the paginator, links.</summary>
    public const string Listing = "P";

    /// <summary>Every <c>_data</c> file: <c>site.data</c> enumerated or written whole.</summary>
    public const string AllData = "D*";

    public const string Time = "T";

    /// <summary>The bytes of every static file (a fingerprinted asset URL shows a file's hash).</summary>
    public const string Assets = "A";

    /// <summary>A file read by a path relative to the page (<c>include_relative</c>).</summary>
    public const string RelativeFile = "R";

    public static string Layout(string name) => LayoutKind + name;

    public static string Include(string name) => IncludeKind + name;

    /// <summary>The top-level <c>_data</c> entry <paramref name="key"/> (a data file or folder), present or not.</summary>
    public static string Data(string key) => DataKind + ":" + key;

    /// <summary>The local image at <paramref name="outputPath"/> whose size and versions a render wrote into its page (present or not).</summary>
    public static string Image(string outputPath) => ImageKind + outputPath;

    /// <summary>The older and newer post (or previous and next document of its collection) of <paramref name="document"/>, by its path.</summary>
    public static string NeighboursOf(Document document) => NeighboursKind + document.RelativePath;

    /// <summary>Records that the template rendering in <paramref name="context"/> read <paramref name="input"/> (nothing when no one records).</summary>
    internal static void Record(TemplateContext context, string input) => RenderStack.Of(context).Reads?.AddInput(input);
}
