using System.Collections.Concurrent;

namespace Blog.Site.Rendering;

/// <summary>
/// A thread-safe cache that forgets its oldest entries beyond a fixed count, so rendered content asked for by
/// listings and feeds is reused without every page's HTML staying in memory. Keys compare by reference.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : class
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentQueue<TKey> _order = new();

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    public void Add(TKey key, TValue value)
    {
        if (!_entries.TryAdd(key, value)) return;
        _order.Enqueue(key);
        while (_entries.Count > capacity && _order.TryDequeue(out var oldest)) _entries.TryRemove(oldest, out _);
    }
}
