using System.Buffers;
using System.Numerics;
using System.Text;

namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// How often each word of a text occurs, the words held as spans of the text (its characters in lower case), and its
/// most frequent ones. An open-addressing table over pooled arrays: every word of every post passes through here, and a
/// <see cref="Dictionary{TKey, TValue}"/> with a comparer of spans allocated about as much as the post's HTML and hashed each
/// word again for every lookup (<see cref="PostText"/>, whose cost the index must keep small at 10,000 posts).
/// </summary>
internal sealed class WordCounts : IDisposable
{
    private readonly char[] _text;

    /// <summary>Each slot holds an entry's index + 1, or 0 when empty; the table is the first <c>_mask + 1</c> (a power of two), at most half full.</summary>
    private int[] _slots;
    private int _mask;

    /// <summary>The distinct words in the order they first occur: an entry's index is its first occurrence's rank.</summary>
    private Entry[] _entries;
    private int _count;

    /// <param name="expected">About how many distinct words there will be (the table grows past it, copying).</param>
    public WordCounts(char[] text, int expected)
    {
        _text = text;
        var size = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(expected, 1) * 2));
        _slots = Cleared(size);
        _mask = size - 1;
        _entries = ArrayPool<Entry>.Shared.Rent(Math.Max(expected, 32));
    }

    private struct Entry
    {
        public int Start;
        public int Length;
        public int Hash;
        public int Count;
    }

    /// <summary>Counts the word of the text (which must not change while the counts are used) at <paramref name="start"/>.</summary>
    public void Add(int start, int length)
    {
        var word = _text.AsSpan(start, length);
        var folded = Hash(word);
        var mask = _mask;
        var slot = folded & mask;
        for (var index = _slots[slot] - 1; index >= 0; index = _slots[slot] - 1)
        {
            ref var entry = ref _entries[index];
            if (entry.Hash == folded && _text.AsSpan(entry.Start, entry.Length).SequenceEqual(word))
            {
                entry.Count++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (_count == _entries.Length) _entries = Larger(_entries, _count);
        _entries[_count] = new Entry { Start = start, Length = length, Hash = folded, Count = 1 };
        _slots[slot] = ++_count;
        if (_count * 2 > mask + 1) Rehash((mask + 1) * 2);
    }

    /// <summary>
    /// The <paramref name="count"/> words counted most often that <paramref name="skip"/> does not name, joined by spaces; of
    /// words as frequent, the one that occurs first first.
    /// </summary>
    public string MostFrequent(int count, Func<ReadOnlySpan<char>, bool> skip)
    {
        // One number a word to sort: its count, descending, then its first occurrence; the sort is of primitives then.
        var keys = ArrayPool<long>.Shared.Rent(Math.Max(_count, 1));
        try
        {
            for (var i = 0; i < _count; i++) keys[i] = ((long)(int.MaxValue - _entries[i].Count) << 32) | (uint)i;
            var ranked = keys.AsSpan(0, _count);
            ranked.Sort();
            var joined = new StringBuilder();
            var taken = 0;
            foreach (var key in ranked)
            {
                if (taken == count) break;
                ref var entry = ref _entries[(int)key];
                var word = _text.AsSpan(entry.Start, entry.Length);
                if (skip(word)) continue;
                (joined.Length > 0 ? joined.Append(' ') : joined).Append(word);
                taken++;
            }
            return joined.ToString();
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
        }
    }

    /// <summary>
    /// FNV-1a with the high bits folded in: cheaper than the framework's string hash for words of a few letters, and the
    /// table is over one author's post, so it need not resist words chosen to collide.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619;
        return (int)(hash ^ (hash >> 15));
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_slots);
        ArrayPool<Entry>.Shared.Return(_entries);
    }

    private void Rehash(int size)
    {
        ArrayPool<int>.Shared.Return(_slots);
        _slots = Cleared(size);
        _mask = size - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = _entries[i].Hash & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = i + 1;
        }
    }

    /// <summary>Slots for a table of <paramref name="size"/>, empty (the pool's arrays are as they were left, and may be longer).</summary>
    private static int[] Cleared(int size)
    {
        var slots = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(slots, 0, size);
        return slots;
    }

    private static Entry[] Larger(Entry[] entries, int count)
    {
        var larger = ArrayPool<Entry>.Shared.Rent(count * 2);
        entries.AsSpan(0, count).CopyTo(larger);
        ArrayPool<Entry>.Shared.Return(entries);
        return larger;
    }
}
