using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// How often each word of a text occurs, the words held as spans of the text (each word already in lower case there), and its
/// most frequent ones. An open-addressing table over pooled arrays: every word of every post passes through here, and a
/// <see cref="Dictionary{TKey, TValue}"/> with a comparer of spans allocated about as much as the post's HTML and hashed each
/// word again for every lookup (<see cref="PostText"/>, whose cost the index must keep small at 10,000 posts).
/// </summary>
internal sealed class WordCounts : IDisposable
{
    private readonly char[] _text;

    /// <summary>
    /// Each slot holds an entry's index + 1, or 0 when empty; the table is the first <c>_mask + 1</c> (a power of two), at
    /// most a quarter full (<see cref="SlotsPerEntry"/>).
    /// </summary>
    private int[] _slots;
    private int _mask;

    /// <summary>The distinct words in the order they first occur: an entry's index is its first occurrence's rank.</summary>
    private Entry[] _entries;
    private int _count;

    /// <param name="expected">About how many distinct words there will be (the table grows past it, copying).</param>
    public WordCounts(char[] text, int expected)
    {
        _text = text;
        var size = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(expected, 1) * SlotsPerEntry));
        _slots = Cleared(size);
        _mask = size - 1;
        _entries = ArrayPool<Entry>.Shared.Rent(Math.Max(expected, 32));
    }

    /// <summary>
    /// A table at most a quarter full: most words are found at their first slot, and a slot is four bytes. At most half
    /// full, and sized for fewer words (so that most posts' tables grew once), reading a post took ~10% longer
    /// (<see cref="PostText"/> in a loop over 1,000 pages: 38 against 34 µs a page).
    /// </summary>
    private const int SlotsPerEntry = 4;

    private struct Entry
    {
        public Key Key;
        public int Start;
        public int Hash;
        public int Count;
        public bool Excluded;
    }

    /// <summary>
    /// What a word is looked up by: its first and last four characters (in a word of fewer than eight they overlap; a word
    /// of fewer than four is its characters alone) and its length. Words are short, so most are told apart by these three
    /// numbers, held in the entry, without reading the text again: only a word longer than eight characters is compared
    /// with the text between them.
    /// </summary>
    internal readonly struct Key
    {
        /// <summary>The characters a key holds at each end of a word: four, a <see cref="ulong"/>.</summary>
        public const int EndLength = sizeof(ulong) / sizeof(char);

        private const ulong Multiplier = 0x9E3779B97F4A7C15;

        private readonly ulong _head;
        private readonly ulong _tail;

        private Key(ulong head, ulong tail, int length) => (_head, _tail, Length) = (head, tail, length);

        public int Length { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Key Of(ReadOnlySpan<char> word)
        {
            if (word.Length >= EndLength)
            {
                var bytes = MemoryMarshal.AsBytes(word);
                return new Key(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[^sizeof(ulong)..]), word.Length);
            }
            var head = 0UL;
            foreach (var c in word) head = (head << 16) | c;
            return new Key(head, 0, word.Length);
        }

        /// <summary>
        /// The table is over one author's post, so the hash need not resist words chosen to collide; its slots are its low
        /// bits, so the last multiplication's high half, where every bit of the key has reached, is taken.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Hash() => (int)(((((_head * Multiplier) ^ _tail) + (ulong)Length) * Multiplier) >> 32);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Matches(Key other) => _head == other._head && _tail == other._tail && Length == other.Length;
    }

    /// <summary>Counts the word of the text (which must not change while the counts are used) at <paramref name="start"/>.</summary>
    public void Add(int start, int length)
    {
        var word = _text.AsSpan(start, length);
        var key = Key.Of(word);
        var hash = key.Hash();
        var index = IndexOf(word, key, hash, out var slot);
        if (index >= 0)
        {
            _entries[index].Count++;
            return;
        }
        if (_count == _entries.Length) _entries = Larger(_entries, _count);
        _entries[_count] = new Entry { Key = key, Start = start, Hash = hash, Count = 1 };
        _slots[slot] = ++_count;
        if (_count * SlotsPerEntry > _mask + 1) Rehash((_mask + 1) * 2);
    }

    /// <summary>Keeps a word (in lower case) out of <see cref="MostFrequent"/>; a word never counted is passed over.</summary>
    public void Exclude(ReadOnlySpan<char> word)
    {
        var key = Key.Of(word);
        Exclude(word, key, key.Hash());
    }

    /// <summary>Keeps the words of a list out of <see cref="MostFrequent"/>, their keys made once for every text.</summary>
    public void Exclude(WordList words)
    {
        foreach (var (word, key, hash) in words.Entries) Exclude(word, key, hash);
    }

    /// <summary>Keeps out of <see cref="MostFrequent"/> every word that occurs whole before <paramref name="end"/> in the text.</summary>
    public void ExcludeFirst(int end)
    {
        // The entries are in the order the words first occur, so those before the end are the first ones; a word across
        // the end starts the last of them, and the words after it start after its end.
        for (var i = 0; i < _count && _entries[i].Start + _entries[i].Key.Length <= end; i++) _entries[i].Excluded = true;
    }

    private void Exclude(ReadOnlySpan<char> word, Key key, int hash)
    {
        var index = IndexOf(word, key, hash, out _);
        if (index >= 0) _entries[index].Excluded = true;
    }

    /// <summary>
    /// Words (in lower case) kept out of every text's most frequent (<see cref="Exclude(WordList)"/>), such as the stop
    /// words: each word's key and hash are made once rather than once a text.
    /// </summary>
    public sealed class WordList(IEnumerable<string> words)
    {
        internal (string Word, Key Key, int Hash)[] Entries { get; } = words.Select(EntryOf).ToArray();

        private static (string Word, Key Key, int Hash) EntryOf(string word)
        {
            var key = Key.Of(word);
            return (word, key, key.Hash());
        }
    }

    /// <summary>The entry of a word, or -1 with <paramref name="slot"/> the empty slot where it would go.</summary>
    /// <remarks>Inlined, as <see cref="Key.Of"/> is: otherwise each word's key went through the stack into two calls.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOf(ReadOnlySpan<char> word, Key key, int hash, out int slot)
    {
        slot = hash & _mask;
        for (var index = _slots[slot] - 1; index >= 0; index = _slots[slot] - 1)
        {
            ref var entry = ref _entries[index];
            if (entry.Hash == hash && entry.Key.Matches(key)
                && (word.Length <= 2 * Key.EndLength
                    || _text.AsSpan(entry.Start + Key.EndLength, word.Length - 2 * Key.EndLength).SequenceEqual(word[Key.EndLength..^Key.EndLength])))
                return index;
            slot = (slot + 1) & _mask;
        }
        return -1;
    }

    /// <summary>
    /// The <paramref name="count"/> words counted most often but those excluded, joined by spaces; of words as frequent, the
    /// one that occurs first first.
    /// </summary>
    public string MostFrequent(int count)
    {
        // The entries in that order by a counting sort: a bucket a count, highest first, each bucket's entries in the order
        // they first occur. Counts are small (a post's most frequent word occurs some tens of times), so this is two passes
        // over the entries rather than a comparison sort.
        var highest = 0;
        for (var i = 0; i < _count; i++) highest = Math.Max(highest, _entries[i].Count);
        var starts = ArrayPool<int>.Shared.Rent(highest + 1);
        var ranked = ArrayPool<int>.Shared.Rent(Math.Max(_count, 1));
        try
        {
            // starts[highest - c] counts the entries of count c, then becomes where they go.
            Array.Clear(starts, 0, highest + 1);
            for (var i = 0; i < _count; i++) starts[highest - _entries[i].Count]++;
            for (int bucket = 0, next = 0; bucket <= highest; bucket++) (starts[bucket], next) = (next, next + starts[bucket]);
            for (var i = 0; i < _count; i++) ranked[starts[highest - _entries[i].Count]++] = i;

            // The words taken moved to the front of the ranking (never past where it is read), then copied into a string
            // made at its length.
            var taken = 0;
            var length = -1;
            for (var i = 0; i < _count && taken < count; i++)
            {
                ref var entry = ref _entries[ranked[i]];
                if (entry.Excluded) continue;
                ranked[taken++] = ranked[i];
                length += entry.Key.Length + 1;
            }
            return taken == 0 ? "" : string.Create(length, (this, ranked, taken), static (joined, state) =>
            {
                var (counts, ranked, taken) = state;
                for (int i = 0, at = 0; i < taken; i++)
                {
                    ref var entry = ref counts._entries[ranked[i]];
                    if (i > 0) joined[at++] = ' ';
                    counts._text.AsSpan(entry.Start, entry.Key.Length).CopyTo(joined[at..]);
                    at += entry.Key.Length;
                }
            });
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ranked);
        }
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
