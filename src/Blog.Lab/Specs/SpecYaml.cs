using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Blog.Lab.Specs;

/// <summary>
/// A spec file's YAML as a node tree, or the positioned reason it cannot be one. YamlDotNet builds its tree
/// recursively, so the nesting is measured first on the (iterative) event stream: a hostile <c>[[[[...</c> is an
/// error here instead of a stack overflow there.
/// </summary>
internal static class SpecYaml
{
    /// <summary>Specs are a list of flat mappings; anything deeper than this is not a spec.</summary>
    public const int MaxDepth = 64;

    public static YamlStream? Read(string path, string text, List<LabError> errors)
    {
        if (Problem(path, text) is { } problem)
        {
            errors.Add(problem);
            return null;
        }
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
            return stream;
        }
        catch (YamlException e)
        {
            errors.Add(Invalid(path, e));
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet's tree refuses some event streams its parser accepts this way, without a position: a key whose
            // value is missing after a comment line ("# x\n  : key" parses as a mapping of one key and no value). Point at
            // the event it stopped at.
            errors.Add(Unreadable(path, parser.Current?.Start, "this cannot be read as YAML", e));
            return null;
        }
    }

    private static LabError? Problem(string path, string text)
    {
        var open = new Stack<Mark>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart when open.Count >= MaxDepth:
                        var at = parser.Current.Start;
                        return new LabError(path, (int)at.Line, (int)at.Column, $"invalid YAML: lists and mappings are nested more than {MaxDepth} levels deep here");
                    case SequenceStart or MappingStart:
                        open.Push(parser.Current.Start);
                        break;
                    case SequenceEnd or MappingEnd:
                        open.Pop();
                        break;
                }
            }
            return null;
        }
        catch (YamlException e)
        {
            return Invalid(path, e);
        }
        catch (ArgumentException e)
        {
            // YamlDotNet refuses a tag that expands to an invalid URI (`!!binar[y`) this way, without a position.
            return Unreadable(path, parser.Current?.Start, "invalid tag", e);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections; point at the open one.
            var at = open.Count > 0 ? open.Peek() : Mark.Empty;
            return new LabError(path, (int)at.Line, (int)at.Column, "invalid YAML: this list or mapping is never closed (a missing ] or })");
        }
    }

    /// <summary>An error YamlDotNet gave without a position, at the event it had reached; its message without the parameter's name.</summary>
    private static LabError Unreadable(string path, Mark? at, string what, ArgumentException e) =>
        new(path, (int)(at ?? Mark.Empty).Line, (int)(at ?? Mark.Empty).Column, $"invalid YAML: {what}: {e.Message.Split(" (Parameter")[0]}");

    private static LabError Invalid(string path, YamlException e) =>
        new(path, (int)e.Start.Line, (int)e.Start.Column, $"invalid YAML: {e.InnerException?.Message ?? e.Message}");
}
