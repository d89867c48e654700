using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Blog.Site.Config.Yaml;

/// <summary>A problem in YAML text; line and column are 1-based and relative to the text read.</summary>
public readonly record struct YamlProblem(int Line, int Column, string Message);

/// <summary>
/// The first YAML document of a text as plain values (Jekyll's view of YAML), plus the line of each top-level
/// key so later checks (a bad date, a wrong type) can point at the line that holds it.
/// </summary>
public sealed record YamlDocument(object? Value, IReadOnlyDictionary<string, int> KeyLines, YamlProblem? Problem)
{
    public IReadOnlyDictionary<string, object?>? Mapping => Value as IReadOnlyDictionary<string, object?>;

    public int LineOf(string key) => KeyLines.TryGetValue(key, out int line) ? line : 0;
}

/// <summary>
/// Turns YAML text into the values every stage shares: <see cref="string"/>, <see cref="bool"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="DateTimeOffset"/> (YAML times, in the site's zone), <see cref="Dates.CalendarDate"/>
/// (YAML dates without a time), null,
/// <see cref="IReadOnlyList{T}"/> of values and <see cref="IReadOnlyDictionary{TKey,TValue}"/> keyed by string
/// (insertion order kept). Plain scalars resolve as Ruby's Psych resolves them, because Jekyll sites rely on that.
/// Walks YamlDotNet's event parser directly: one pass, no intermediate node tree.
/// </summary>
public sealed partial class YamlReader(TimeZoneInfo dateZone)
{
    /// <summary>
    /// Far deeper than any front matter or data file needs; the walk and every stage after it recurse once per
    /// level, so a hostile <c>[[[[...</c> must stop here instead of overflowing the stack.
    /// </summary>
    public const int MaxDepth = 128;

    public TimeZoneInfo DateZone { get; } = dateZone;

    public YamlDocument Read(string text)
    {
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return new YamlDocument(null, keyLines, null);
            parser.Consume<DocumentStart>();
            var state = new ReadState();
            try
            {
                object? value = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, state, keyLines);
                parser.Consume<DocumentEnd>();
                return new YamlDocument(value, keyLines, null);
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner fails this way on some unclosed flow collections; point at the open one.
                var at = state.OpenCollections.Count > 0 ? state.OpenCollections.Peek() : Mark.Empty;
                return new YamlDocument(null, keyLines, new YamlProblem((int)at.Line, (int)at.Column, "this list or mapping is never closed (a missing ] or })"));
            }
        }
        catch (YamlException e)
        {
            return new YamlDocument(null, keyLines, new YamlProblem((int)e.Start.Line, (int)e.Start.Column, CleanMessage(e)));
        }
        catch (ArgumentException e)
        {
            // YamlDotNet refuses a tag that expands to an invalid URI (`!!binar[y`) this way, without a position.
            return new YamlDocument(null, keyLines, new YamlProblem(1, 1, "invalid tag: " + e.Message.Split(" (Parameter")[0]));
        }
    }

    /// <summary>What one read keeps while walking: anchors seen so far, and where the enclosing collections start.</summary>
    private sealed class ReadState
    {
        public Dictionary<string, object?> Anchors { get; } = new(StringComparer.Ordinal);
        public Stack<Mark> OpenCollections { get; } = new();

        /// <summary>Notes a list or mapping opening at <paramref name="start"/>; refuses one nested too deep.</summary>
        public void Open(ParsingEvent start)
        {
            if (OpenCollections.Count >= MaxDepth)
                throw new SemanticErrorException(start.Start, start.End, $"lists and mappings are nested more than {MaxDepth} levels deep here");
            OpenCollections.Push(start.Start);
        }
    }

    private object? ReadNode(IParser parser, ReadState state, Dictionary<string, int>? keyLines)
    {
        var anchors = state.Anchors;
        switch (parser.Current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (!anchors.TryGetValue(alias.Value.Value, out var aliased))
                    throw new SemanticErrorException(alias.Start, alias.End, $"unknown alias '{alias.Value.Value}'");
                return aliased;
            case Scalar scalar:
                parser.MoveNext();
                return Remember(scalar.Anchor, ResolveScalar(scalar), anchors);
            case SequenceStart start:
            {
                state.Open(start);
                parser.MoveNext();
                var list = new List<object?>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    list.Add(ReadNode(parser, state, null));
                state.OpenCollections.Pop();
                return Remember(start.Anchor, list, anchors);
            }
            case MappingStart start:
            {
                state.Open(start);
                parser.MoveNext();
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                List<object?>? merges = null;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current!;
                    object? key = ReadNode(parser, state, null);
                    object? value = ReadNode(parser, state, null);
                    if (key is "<<" && keyEvent is Scalar { Style: ScalarStyle.Plain })
                    {
                        (merges ??= []).Add(value);
                        continue;
                    }
                    string name = KeyText(key);
                    map[name] = value;
                    keyLines?.TryAdd(name, (int)keyEvent.Start.Line);
                }
                if (merges is not null) ApplyMerges(map, merges);
                state.OpenCollections.Pop();
                return Remember(start.Anchor, map, anchors);
            }
            default:
                var unexpected = parser.Current!;
                throw new SemanticErrorException(unexpected.Start, unexpected.End, $"unexpected {unexpected.GetType().Name}");
        }
    }

    // YAML merge keys (<<): explicit keys of the mapping win over merged ones.
    private static void ApplyMerges(Dictionary<string, object?> map, List<object?> merges)
    {
        foreach (var merge in merges)
        {
            IEnumerable<object?> sources = merge is IReadOnlyList<object?> list ? list : [merge];
            foreach (var source in sources)
                if (source is IReadOnlyDictionary<string, object?> other)
                    foreach (var (k, v) in other)
                        map.TryAdd(k, v);
        }
    }

    private object? ResolveScalar(Scalar scalar)
    {
        string tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str") return scalar.Value;
        if (scalar.Style != ScalarStyle.Plain && tag.Length == 0) return scalar.Value;
        return YamlScalars.ResolvePlain(scalar.Value, DateZone);
    }

    private static object? Remember(AnchorName anchor, object? value, Dictionary<string, object?> anchors)
    {
        if (!anchor.IsEmpty) anchors[anchor.Value] = value;
        return value;
    }

    private static string KeyText(object? key) => key switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => key.ToString() ?? "",
    };

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we print our own position.
    private static string CleanMessage(YamlException e)
    {
        string message = PositionPrefix().Replace(e.Message, "");
        if (e.InnerException is YamlException inner) message += ": " + PositionPrefix().Replace(inner.Message, "");
        return message.Trim();
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
