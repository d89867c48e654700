using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// What the index takes for a word, as the search script splits a query: a run of letters and digits (ASCII ones, or any
/// other that <see cref="char.IsLetterOrDigit(char)"/> says is one), in lower case. And the scan that counts every word of
/// a post's text, the index's most frequent cost.
/// </summary>
internal static class WordScan
{
    /// <summary>Characters a block of the vectorized scan: four vectors of eight, one bit each in a 32-bit mask.</summary>
    private const int Block = 32;

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, with the ASCII letters and digits most text is made of tested first.</summary>
    public static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\x7f' && char.IsLetterOrDigit(c));

    /// <summary>A character of a word in lower case: ASCII letters directly, any other as <see cref="char.ToLowerInvariant(char)"/> has it.</summary>
    public static char Lowered(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c > '\x7f' ? char.ToLowerInvariant(c) : c;

    /// <summary>A word in lower case in place (<see cref="Lowered"/>).</summary>
    public static void Lower(Span<char> word)
    {
        foreach (ref var c in word) c = Lowered(c);
    }

    /// <summary>The words of a text as the search script splits a query: runs of letters and digits, in lower case.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var position = 0;
        while (NextWord(text, ref position) is { Length: > 0 } word)
        {
            var lowered = word.ToArray();
            Lower(lowered);
            yield return new string(lowered);
        }
    }

    /// <summary>The next word (<see cref="Tokens"/>) at or after <paramref name="position"/>, which is moved past it; empty at the end.</summary>
    public static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length && !IsWordCharacter(text[position])) position++;
        var start = position;
        while (position < text.Length && IsWordCharacter(text[position])) position++;
        return text[start..position];
    }

    /// <summary>
    /// Puts every word of <paramref name="text"/> (the start of the array whose words <paramref name="counts"/> holds) in lower case
    /// where it stands, and counts each of three or more characters that is not a number (table figures and measurements:
    /// many, and not what a reader searches for).
    /// </summary>
    /// <remarks>
    /// Every character of every post passes here. Text is mostly ASCII, so it is read 32 characters at a time: vector
    /// compares tell, for all of them at once, which are letters or digits and which are letters, and lower the capitals;
    /// each word is then found from those two masks (where the runs of set bits start and end) rather than character by
    /// character. A block with any other character is read one character at a time. A word may run across blocks: the
    /// <see cref="Run"/> carries it.
    /// </remarks>
    public static void Count(Span<char> text, WordCounts counts)
    {
        var run = Run.None;
        var at = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; at + Block <= text.Length; at += Block)
                if (!CountAsciiBlock(text, at, ref run, counts)) CountEach(text, at, at + Block, ref run, counts);
        }
        CountEach(text, at, text.Length, ref run, counts);
        if (run.Started) Finish(ref run, text.Length, counts);
    }

    /// <summary>The word being read: where it starts (-1 between words) and whether it has a letter (else it is a number).</summary>
    private struct Run(int start)
    {
        public static Run None => new(-1);

        public readonly int Start = start;

        public bool HasLetter;

        public readonly bool Started => Start >= 0;
    }

    /// <summary>Reads the block of <see cref="Block"/> characters at <paramref name="at"/> if all are ASCII, else leaves it as it was and returns false.</summary>
    private static bool CountAsciiBlock(Span<char> text, int at, ref Run run, WordCounts counts)
    {
        // The caller keeps the block inside the text: the vectors are read and written through a reference, unchecked.
        ref var chars = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), at));
        var v0 = Vector128.LoadUnsafe(ref chars, 0);
        var v1 = Vector128.LoadUnsafe(ref chars, 8);
        var v2 = Vector128.LoadUnsafe(ref chars, 16);
        var v3 = Vector128.LoadUnsafe(ref chars, 24);
        if (((v0 | v1 | v2 | v3) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero) return false;

        Lowered(v0, out var letters0, out var words0).StoreUnsafe(ref chars, 0);
        Lowered(v1, out var letters1, out var words1).StoreUnsafe(ref chars, 8);
        Lowered(v2, out var letters2, out var words2).StoreUnsafe(ref chars, 16);
        Lowered(v3, out var letters3, out var words3).StoreUnsafe(ref chars, 24);
        // The masks a bit a character: each lane narrowed to a byte first, since a native build calls a function to take the
        // top bits of 16-bit lanes but takes those of bytes in one instruction.
        var words = Vector128.Narrow(words0, words1).ExtractMostSignificantBits() | (Vector128.Narrow(words2, words3).ExtractMostSignificantBits() << 16);
        var letters = Vector128.Narrow(letters0, letters1).ExtractMostSignificantBits() | (Vector128.Narrow(letters2, letters3).ExtractMostSignificantBits() << 16);

        // A word starts where a character in a word follows one that is not (at the block's first character: unless a word
        // runs on from the block before), and ends where a character not in a word follows one that is. Starts and ends
        // alternate, so each end closes the word of the start before it.
        var carried = run.Started ? 1u : 0u;
        var before = (words << 1) | carried;
        var starts = words & ~before;
        var ends = ~words & before;
        while (ends != 0)
        {
            var end = BitOperations.TrailingZeroCount(ends);
            ends &= ends - 1;
            var start = 0;
            if (!run.Started)
            {
                start = BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                run = new Run(at + start);
            }
            run.HasLetter |= (letters & (((1u << end) - 1) & ~((1u << start) - 1))) != 0;
            Finish(ref run, at + end, counts);
        }
        // A word that goes on past the block.
        if (starts != 0)
        {
            var start = BitOperations.TrailingZeroCount(starts);
            run = new Run(at + start) { HasLetter = letters >> start != 0 };
        }
        else if (run.Started) run.HasLetter |= letters != 0;
        return true;
    }

    /// <summary>Eight ASCII characters with their capitals lowered, and which are letters and which are in words (all bits of a lane set or none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Lowered(Vector128<ushort> chars, out Vector128<ushort> letters, out Vector128<ushort> words)
    {
        var capital = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)25));
        var small = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
        var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        letters = capital | small;
        words = letters | digit;
        return chars | (capital & Vector128.Create((ushort)0x20));
    }

    /// <summary>Reads the characters from <paramref name="from"/> to <paramref name="to"/> one at a time (any text).</summary>
    private static void CountEach(Span<char> text, int from, int to, ref Run run, WordCounts counts)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            bool letter;
            if (char.IsAsciiLetterLower(c)) letter = true;
            else if (char.IsAsciiDigit(c)) letter = false;
            else if (char.IsAsciiLetterUpper(c))
            {
                text[i] = (char)(c | 0x20);
                letter = true;
            }
            else if (c > '\x7f' && char.IsLetterOrDigit(c))
            {
                text[i] = char.ToLowerInvariant(c);
                letter = !char.IsDigit(c);
            }
            else
            {
                if (run.Started) Finish(ref run, i, counts);
                continue;
            }
            if (!run.Started) run = new Run(i);
            run.HasLetter |= letter;
        }
    }

    /// <summary>Counts the word that ends at <paramref name="end"/> if it is one the index keeps, and starts looking for the next.</summary>
    private static void Finish(ref Run run, int end, WordCounts counts)
    {
        var length = end - run.Start;
        if (length >= 3 && run.HasLetter) counts.Add(run.Start, length);
        run = Run.None;
    }
}
