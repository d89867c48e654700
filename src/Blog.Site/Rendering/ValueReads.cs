namespace Blog.Site.Rendering;

/// <summary>
/// What one render read: the site's inputs (<see cref="SiteInput"/>: layouts, includes, data, listings, neighbours...)
/// and the extension values (<see cref="Extensions.ReadRecorder"/>), recorded while it ran: a page's
/// whole render (its content, layouts, includes and the other documents' texts it showed), or one document's content
/// or excerpt, which is cached and may be shown by many pages. Also whether the render read another document's text
/// (its content or excerpt, rendered or as written): a page that did shows that document's body, one that did not
/// cannot, whatever its templates mention. Thread-safe; a render may read from parallel tasks.
/// </summary>
internal sealed class ValueReads
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inputs = new(StringComparer.Ordinal);
    private volatile bool _bodies;

    /// <summary>Whether the render read another document's content or excerpt.</summary>
    public bool Bodies => _bodies;

    public void AddBody() => _bodies = true;

    public void Add(string value)
    {
        lock (_lock) _values.Add(value);
    }

    public void AddAll(IEnumerable<string> values)
    {
        lock (_lock) _values.UnionWith(values);
    }

    /// <summary>Records a <see cref="SiteInput"/> read.</summary>
    public void AddInput(string input)
    {
        lock (_lock) _inputs.Add(input);
    }

    public void AddInputs(IEnumerable<string> inputs)
    {
        lock (_lock) _inputs.UnionWith(inputs);
    }

    /// <summary>The site's inputs read so far, in order (a page's fingerprint is made of them).</summary>
    public PageReads PageReads
    {
        get
        {
            lock (_lock) return new PageReads([.. _inputs.Order(StringComparer.Ordinal)], _bodies);
        }
    }

    /// <summary>The site's inputs read so far, copied.</summary>
    public IReadOnlyCollection<string> Inputs
    {
        get
        {
            lock (_lock) return [.. _inputs];
        }
    }

    /// <summary>The extension values read so far, copied.</summary>
    public IReadOnlyCollection<string> Values
    {
        get
        {
            lock (_lock) return [.. _values];
        }
    }
}
