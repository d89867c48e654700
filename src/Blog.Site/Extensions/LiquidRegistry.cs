using Blog.Site.Diagnostics;
using Fluid;

namespace Blog.Site.Extensions;

/// <summary>
/// What an extension may add to the Liquid environment of one build. Filters and tags registered here are
/// known to every template; an unknown filter stays an error.
/// </summary>
public sealed class LiquidRegistry(FluidParser parser, TemplateOptions options, ErrorCollector diagnostics)
{
    private readonly Dictionary<string, object?> _globals = new(StringComparer.Ordinal);

    /// <summary>Register tags here (<c>RegisterIdentifierTag</c>, <c>RegisterParserTag</c>, ...).</summary>
    public FluidParser Parser { get; } = parser;

    public TemplateOptions Options { get; } = options;

    /// <summary>Where an extension reports warnings (e.g. stale results) or errors with a source position.</summary>
    public ErrorCollector Diagnostics { get; } = diagnostics;

    /// <summary>Top-level variables every template sees, such as <c>lab</c>.</summary>
    public IReadOnlyDictionary<string, object?> Globals => _globals;

    /// <summary>
    /// Where the extension being registered records the values a page reads (<see cref="ReadRecorder.Record"/>), so a
    /// <c>serve</c> session renders that page again when one of them changes.
    /// </summary>
    public ReadRecorder Reads { get; private set; } = ReadRecorder.Unrecorded;

    /// <summary>Registers <paramref name="extension"/>, with a recorder of its own.</summary>
    internal void Register(ISiteExtension extension)
    {
        Reads = ReadRecorder.For(extension);
        try
        {
            extension.Register(this);
        }
        finally
        {
            Reads = ReadRecorder.Unrecorded;
        }
    }

    public void AddGlobal(string name, object? value) => _globals[name] = value;

    public void AddFilter(string name, FilterDelegate filter) => Options.Filters.AddFilter(name, filter);
}
