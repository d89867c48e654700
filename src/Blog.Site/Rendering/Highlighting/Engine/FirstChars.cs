namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// The characters a match of a regex can start with, over-approximated, so a lexer can skip a rule without running its
/// regex: at a position where most of a state's rules cannot match, calling <c>Regex.Match</c> on each (setting up the
/// runner and its timeout) was most of the time spent highlighting. Built from the .NET pattern text. Anything this does
/// not understand, and any pattern that can match the empty string, allows every character: a rule is only ever skipped
/// when its regex could not have matched there.
/// </summary>
internal readonly struct FirstChars
{
    private readonly ulong _low, _high; // ASCII 0-63 and 64-127
    private readonly bool _nonAscii;

    private FirstChars(ulong low, ulong high, bool nonAscii) => (_low, _high, _nonAscii) = (low, high, nonAscii);

    public static FirstChars All => new(ulong.MaxValue, ulong.MaxValue, true);

    private static FirstChars None => default;

    private bool IsAll => _low == ulong.MaxValue && _high == ulong.MaxValue && _nonAscii;

    public bool Contains(char c) => c switch
    {
        < (char)64 => (_low & (1UL << c)) != 0,
        < (char)128 => (_high & (1UL << (c - 64))) != 0,
        _ => _nonAscii,
    };

    /// <summary>The first characters of <paramref name="pattern"/> (a .NET pattern, options as <see cref="RubyPattern"/> compiles it).</summary>
    public static FirstChars Of(string pattern)
    {
        try
        {
            var (first, nullable) = new Parser(pattern).Pattern();
            return nullable ? All : first;
        }
        catch (NotSupportedException)
        {
            return All;
        }
    }

    private FirstChars Union(FirstChars other) => new(_low | other._low, _high | other._high, _nonAscii || other._nonAscii);

    private FirstChars Complement() => new(~_low, ~_high, true);

    private static FirstChars Char(char c) => Range(c, c);

    private static FirstChars Range(char from, char to)
    {
        if (to >= 128) return All; // a range reaching past ASCII: not worth tracking exactly
        ulong low = 0, high = 0;
        for (int c = from; c <= to; c++)
        {
            if (c < 64) low |= 1UL << c;
            else high |= 1UL << (c - 64);
        }
        return new(low, high, false);
    }

    /// <summary>
    /// Both cases of every ASCII letter, and any non-ASCII character: under IgnoreCase .NET also matches case equivalents
    /// outside ASCII (the Kelvin sign for <c>k</c>).
    /// </summary>
    private FirstChars IgnoringCase()
    {
        var result = this;
        for (var c = 'A'; c <= 'Z'; c++)
        {
            var lower = (char)(c + 32);
            if (Contains(c) || Contains(lower)) result = result.Union(Char(c)).Union(Char(lower));
        }
        return new(result._low, result._high, true);
    }

    /// <summary>
    /// A recursive-descent reading of the pattern's syntax, as far as first characters go: alternation, sequences,
    /// groups, quantifiers, classes, escapes. Zero-width parts (anchors, lookarounds) constrain nothing here.
    /// </summary>
    private ref struct Parser(string pattern)
    {
        private readonly string _pattern = pattern;
        private readonly bool _ignoreCase = InlineOptions(pattern).Contains('i');
        private int _at;

        /// <summary>The letters of every inline option group; free-spacing mode (<c>x</c>) is not read.</summary>
        private static string InlineOptions(string pattern)
        {
            var options = "";
            for (var at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
            {
                if (EscapedAt(pattern, at)) continue;
                var end = at + 2;
                while (end < pattern.Length && (char.IsAsciiLetterLower(pattern[end]) || pattern[end] == '-')) end++;
                if (end < pattern.Length && end > at + 2 && pattern[end] is ':' or ')') options += pattern[(at + 2)..end];
            }
            if (options.Contains('x')) throw new NotSupportedException("free-spacing mode");
            return options;
        }

        /// <summary>Whether the character at <paramref name="at"/> follows an odd number of backslashes.</summary>
        private static bool EscapedAt(string pattern, int at)
        {
            var backslashes = 0;
            while (at - backslashes - 1 >= 0 && pattern[at - backslashes - 1] == '\\') backslashes++;
            return backslashes % 2 == 1;
        }

        public (FirstChars First, bool Nullable) Pattern()
        {
            var result = Alternation();
            if (_at < _pattern.Length) throw new NotSupportedException("unbalanced ')'");
            return result;
        }

        private (FirstChars First, bool Nullable) Alternation()
        {
            var (first, nullable) = Sequence();
            while (_at < _pattern.Length && _pattern[_at] == '|')
            {
                _at++;
                var (next, nextNullable) = Sequence();
                first = first.Union(next);
                nullable |= nextNullable;
            }
            return (first, nullable);
        }

        private (FirstChars First, bool Nullable) Sequence()
        {
            var first = None;
            var nullable = true;
            while (_at < _pattern.Length && _pattern[_at] is not ('|' or ')'))
            {
                var (atom, atomNullable) = Atom();
                if (Quantifier() == 0) atomNullable = true;
                if (!nullable) continue;
                first = first.Union(atom);
                nullable = atomNullable;
            }
            return (first, nullable);
        }

        /// <summary>Reads a quantifier after an atom, if any: its minimum count (1 when there is none).</summary>
        private int Quantifier()
        {
            if (_at >= _pattern.Length) return 1;
            int min;
            switch (_pattern[_at])
            {
                case '*' or '?': min = 0; _at++; break;
                case '+': min = 1; _at++; break;
                case '{' when TryCount(out min): break;
                default: return 1;
            }
            if (_at < _pattern.Length && _pattern[_at] is '?' or '+') _at++; // lazy (possessive is not .NET syntax; be safe)
            return min;
        }

        /// <summary><c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c>; anything else is a literal brace in .NET.</summary>
        private bool TryCount(out int min)
        {
            min = 0;
            var end = _pattern.IndexOf('}', _at);
            if (end < 0) return false;
            var body = _pattern.AsSpan(_at + 1, end - _at - 1);
            var comma = body.IndexOf(',');
            var minText = comma < 0 ? body : body[..comma];
            if (minText.IsEmpty || !int.TryParse(minText, out min)) return false;
            if (comma >= 0 && !body[(comma + 1)..].IsEmpty && !int.TryParse(body[(comma + 1)..], out _)) return false;
            _at = end + 1;
            return true;
        }

        private (FirstChars First, bool Nullable) Atom()
        {
            var c = _pattern[_at++];
            switch (c)
            {
                case '(': return Group();
                case '[': return (Class(), false);
                case '^' or '$': return (None, true);
                case '.': return (All, false);
                case '\\': return Escape();
                default: return (Cased(Char(c)), false);
            }
        }

        private FirstChars Cased(FirstChars chars) => _ignoreCase ? chars.IgnoringCase() : chars;

        private (FirstChars First, bool Nullable) Group()
        {
            var zeroWidth = false;
            if (_at < _pattern.Length && _pattern[_at] == '?')
            {
                _at++;
                if (_at >= _pattern.Length) throw new NotSupportedException("(? at the end");
                var kind = _pattern[_at];
                if (kind is '=' or '!') { zeroWidth = true; _at++; }
                else if (kind == '<' && _at + 1 < _pattern.Length && _pattern[_at + 1] is '=' or '!') { zeroWidth = true; _at += 2; }
                else if (kind is ':' or '>') _at++;
                else if (kind is '<' or '\'')
                {
                    var close = _pattern.IndexOf(kind == '<' ? '>' : '\'', _at + 1);
                    if (close < 0) throw new NotSupportedException("group name");
                    _at = close + 1;
                }
                else if (char.IsAsciiLetterLower(kind) || kind == '-')
                {
                    while (_at < _pattern.Length && (char.IsAsciiLetterLower(_pattern[_at]) || _pattern[_at] == '-')) _at++;
                    if (_at >= _pattern.Length) throw new NotSupportedException("options");
                    if (_pattern[_at++] == ')') return (None, true); // (?i): options for what follows (see InlineOptions)
                }
                else throw new NotSupportedException($"group (?{kind}");
            }
            var inner = Alternation();
            if (_at >= _pattern.Length || _pattern[_at] != ')') throw new NotSupportedException("unclosed group");
            _at++;
            return zeroWidth ? (None, true) : inner;
        }

        private (FirstChars First, bool Nullable) Escape()
        {
            if (_at >= _pattern.Length) throw new NotSupportedException("trailing backslash");
            var c = _pattern[_at];
            if (c is 'b' or 'B' or 'A' or 'G' or 'z' or 'Z') { _at++; return (None, true); }
            if (char.IsAsciiDigit(c) || c == 'k') // a backreference: anything, possibly nothing
            {
                _at++;
                return (All, true);
            }
            return (Cased(EscapedChar()), false);
        }

        /// <summary>An escaped character (after the backslash), in or out of a class.</summary>
        private FirstChars EscapedChar()
        {
            var c = _pattern[_at++];
            return c switch
            {
                'n' => Char('\n'),
                't' => Char('\t'),
                'r' => Char('\r'),
                'f' => Char('\f'),
                'v' => Char('\v'),
                'e' => Char('\u001b'),
                'a' => Char('\a'),
                'x' => Hex(2),
                'u' => Hex(4),
                'p' or 'P' => Category(),
                _ when char.IsAsciiLetterOrDigit(c) => throw new NotSupportedException($"\\{c}"), // classes, backreferences, \p{...}
                _ => Char(c),
            };
        }

        /// <summary><c>\p{Name}</c>: any character, as far as this goes.</summary>
        private FirstChars Category()
        {
            var close = _at < _pattern.Length && _pattern[_at] == '{' ? _pattern.IndexOf('}', _at) : -1;
            if (close < 0) throw new NotSupportedException("\\p without a name");
            _at = close + 1;
            return All;
        }

        private FirstChars Hex(int digits)
        {
            if (_at + digits > _pattern.Length || !int.TryParse(_pattern.AsSpan(_at, digits), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
                throw new NotSupportedException("hex escape");
            _at += digits;
            return code < 128 ? Char((char)code) : All;
        }

        /// <summary>A character class after its <c>[</c>; a negated one is complemented without case folding (a superset).</summary>
        private FirstChars Class()
        {
            var negated = _at < _pattern.Length && _pattern[_at] == '^';
            if (negated) _at++;
            var members = None;
            var first = true;
            while (true)
            {
                if (_at >= _pattern.Length) throw new NotSupportedException("unclosed class");
                var c = _pattern[_at];
                if (c == ']' && !first) { _at++; break; }
                first = false;
                var (from, single) = ClassChar();
                if (_at + 1 < _pattern.Length && _pattern[_at] == '-' && _pattern[_at + 1] != ']')
                {
                    if (_pattern[_at + 1] == '[') throw new NotSupportedException("class subtraction");
                    _at++;
                    var (to, toSingle) = ClassChar();
                    if (from is not { } f || to is not { } t) throw new NotSupportedException("range of a class");
                    members = members.Union(Range(f, t));
                }
                else members = members.Union(from is { } f ? Char(f) : single);
            }
            return negated ? members.Complement() : Cased(members);
        }

        /// <summary>One member of a class: a character (for ranges) or, for an escape such as <c>\x41</c>, its set.</summary>
        private (char? Char, FirstChars Set) ClassChar()
        {
            var c = _pattern[_at++];
            if (c != '\\') return (c, Char(c));
            if (_at >= _pattern.Length) throw new NotSupportedException("trailing backslash");
            var escaped = _pattern[_at];
            if (escaped is 'b') { _at++; return ('\b', Char('\b')); } // backspace inside a class
            var set = EscapedChar();
            var single = SingleChar(set);
            return (single, set);
        }

        private static char? SingleChar(FirstChars set)
        {
            if (set._nonAscii) return null;
            char? found = null;
            for (var c = (char)0; c < 128; c++)
            {
                if (!set.Contains(c)) continue;
                if (found is not null) return null;
                found = c;
            }
            return found;
        }
    }
}
