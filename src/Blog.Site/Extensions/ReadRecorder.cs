using Blog.Site.Rendering;
using Fluid;

namespace Blog.Site.Extensions;

/// <summary>
/// How an extension says, while a template renders, that it read one of its values (the lab: one experiment's result).
/// What a page read is recorded with the page, so <c>serve</c> renders again exactly the pages that read a value whose
/// <see cref="IWatchedExtension.VersionOf">version</see> changed, instead of guessing from the template's text.
/// A render that nobody records (a clean build, a test) ignores it.
/// </summary>
public sealed class ReadRecorder
{
    private readonly string _owner;

    private ReadRecorder(string owner) => _owner = owner;

    /// <summary>For the reads of an extension that is not part of a site's build (a test rendering one template).</summary>
    public static ReadRecorder Unrecorded { get; } = new("");

    /// <summary>The recorder of <paramref name="extension"/>: its values are kept apart from any other extension's.</summary>
    internal static ReadRecorder For(ISiteExtension extension) => new(OwnerOf(extension));

    internal static string OwnerOf(ISiteExtension extension) => extension.GetType().FullName ?? extension.GetType().Name;

    /// <summary>The recorded name of <paramref name="value"/> read through <paramref name="owner"/>'s recorder.</summary>
    internal static string Key(string owner, string value) => owner + "\n" + value;

    /// <summary>Splits a recorded name into its extension and value.</summary>
    internal static (string Owner, string Value) Split(string key)
    {
        var at = key.IndexOf('\n', StringComparison.Ordinal);
        return at < 0 ? ("", key) : (key[..at], key[(at + 1)..]);
    }

    /// <summary>Records that the template rendering in <paramref name="context"/> read <paramref name="value"/>.</summary>
    public void Record(TemplateContext context, string value) => RenderStack.Of(context).Reads?.Add(Key(_owner, value));
}
