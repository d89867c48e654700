using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Blog.Site.Content;

/// <summary>
/// Records an edit replaced, each old instance with its new one, looked up by reference. An edit while serving
/// replaces a record or two, and every record of the site is looked up in it (each post, page and static file, each
/// page of the plan, each document an archive lists): so up to <see cref="Scanned"/> replacements are compared
/// reference by reference. Hashing by reference reads each record's object header, a cache miss a record once the
/// site has 10,000 posts (~7 ms of a one-post rebuild's ~90 ms went there).
/// </summary>
public sealed class Replacements<T> : IReadOnlyDictionary<T, T> where T : class
{
    private const int Scanned = 8;

    private readonly Dictionary<T, T> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly List<KeyValuePair<T, T>> _few = [];

    public Replacements()
    {
    }

    public Replacements(IEnumerable<KeyValuePair<T, T>> replacements)
    {
        foreach (var (before, after) in replacements) Add(before, after);
    }

    /// <summary>Records that <paramref name="after"/> replaces <paramref name="before"/> (again: the later one stands).</summary>
    public void Add(T before, T after)
    {
        if (_byReference.TryAdd(before, after))
        {
            if (_byReference.Count <= Scanned) _few.Add(KeyValuePair.Create(before, after));
            return;
        }
        _byReference[before] = after;
        var at = _few.FindIndex(r => ReferenceEquals(r.Key, before));
        if (at >= 0) _few[at] = KeyValuePair.Create(before, after);
    }

    public bool TryGetValue(T key, [MaybeNullWhen(false)] out T value)
    {
        if (_byReference.Count > Scanned) return _byReference.TryGetValue(key, out value);
        foreach (var (before, after) in _few)
            if (ReferenceEquals(before, key))
            {
                value = after;
                return true;
            }
        value = null;
        return false;
    }

    public bool ContainsKey(T key) => TryGetValue(key, out _);

    /// <summary>The new instance of <paramref name="item"/>, or the item itself when it was not replaced.</summary>
    public T Current(T item) => TryGetValue(item, out var after) ? after : item;

    public T this[T key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException();

    public int Count => _byReference.Count;

    public IEnumerable<T> Keys => _byReference.Keys;

    public IEnumerable<T> Values => _byReference.Values;

    public IEnumerator<KeyValuePair<T, T>> GetEnumerator() => _byReference.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
