using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Blog.Lab.Specs;

/// <summary>
/// Reads declared experiments: a list of mappings with <c>id</c>, <c>kind</c>, <c>title</c>, <c>samples</c>,
/// <c>warmup</c>, <c>timeout</c>; any other key is a parameter of the kind. The list is a whole file
/// (<c>input/_lab/*.yml</c>) or the value of one key of a mapping (<see cref="SpecSource.Key"/>: a page's front
/// matter). Parameters with a <see cref="ParameterRule"/> (<c>docker_host</c>) are checked here too. Every problem is
/// collected with its position, across all sources, before the load fails.
/// </summary>
public sealed partial class SpecLoader(IReadOnlyCollection<string> knownKinds, IReadOnlyList<ParameterRule>? rules = null)
{
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);
    public const int MaxSamples = 10_000;

    /// <summary>Loads every <c>*.yml</c>/<c>*.yaml</c> file directly in <paramref name="directory"/> (not <c>results/</c>).</summary>
    public async Task<IReadOnlyList<ExperimentSpec>> LoadDirectoryAsync(string directory, CancellationToken cancellationToken) =>
        Load(await SpecSource.ReadDirectoryAsync(directory, cancellationToken));

    /// <summary>Parses (path, text) pairs, each a whole list of experiments; throws <see cref="SpecException"/> with every error found.</summary>
    public IReadOnlyList<ExperimentSpec> Load(IEnumerable<(string Path, string Text)> files) =>
        Load(files.Select(f => new SpecSource(f.Path, f.Text)));

    /// <summary>Parses every source together (an id declared twice anywhere is an error); throws <see cref="SpecException"/> with every error found.</summary>
    public IReadOnlyList<ExperimentSpec> Load(IEnumerable<SpecSource> sources)
    {
        var errors = new List<LabError>();
        var specs = new List<ExperimentSpec>();
        foreach (var source in sources)
            specs.AddRange(LoadFile(source, errors));

        foreach (var duplicate in specs.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var again in duplicate.Skip(1))
                errors.Add(new LabError(again.SourcePath, again.Line, again.Column,
                    $"duplicate experiment id '{again.Id}' (first declared at {first.SourcePath}:{first.Line}:{first.Column})"));
        }

        if (errors.Count > 0)
            throw new SpecException(errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList());
        return specs;
    }

    private IEnumerable<ExperimentSpec> LoadFile(SpecSource source, List<LabError> errors)
    {
        var path = source.Path;
        if (SpecYaml.Read(path, source.Yaml, errors) is not { Documents.Count: > 0 } stream) yield break;

        var root = ListNode(source, stream.Documents[0].RootNode, errors);
        if (root is null || root is YamlScalarNode { Value: null or "" }) yield break;
        if (root is not YamlSequenceNode list)
        {
            errors.Add(At(path, root, (source.Key is null ? "expected" : $"'{source.Key}' must be") +
                                      " a list of experiments (each item starting with '- id:')"));
            yield break;
        }
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                errors.Add(At(path, item, "an experiment must be a mapping with id, kind, ..."));
                continue;
            }
            if (Parse(path, map, errors) is { } spec) yield return spec;
        }
    }

    /// <summary>The node holding the list: the document itself, or the value of the source's key (null: nothing declared).</summary>
    private static YamlNode? ListNode(SpecSource source, YamlNode document, List<LabError> errors)
    {
        if (source.Key is null) return document;
        if (document is not YamlMappingNode map)
        {
            errors.Add(At(source.Path, document, $"expected a mapping with a '{source.Key}' key"));
            return null;
        }
        return map.Children.TryGetValue(new YamlScalarNode(source.Key), out var value) ? value : null;
    }

    private ExperimentSpec? Parse(string path, YamlMappingNode map, List<LabError> errors)
    {
        var errorsBefore = errors.Count;
        string? id = null, kind = null, title = null;
        var defaults = new ExperimentSpec { Id = "", Kind = "" };
        int samples = defaults.Samples, warmup = defaults.Warmup;
        var timeout = defaults.Timeout;
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var parameterNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);

        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: var key } || key is null)
            {
                errors.Add(At(path, keyNode, "a key must be a plain name such as samples or timeout"));
                continue;
            }
            if (valueNode is not YamlScalarNode { Value: var value } || value is null)
            {
                errors.Add(At(path, valueNode, $"'{key}' must be a single value"));
                continue;
            }
            switch (key)
            {
                case "id":
                    if (IdPattern().IsMatch(value)) id = value;
                    else errors.Add(At(path, valueNode, $"id '{value}' must be lowercase letters, digits and dashes, starting with a letter"));
                    break;
                case "kind":
                    if (knownKinds.Contains(value)) kind = value;
                    else errors.Add(At(path, valueNode, $"unknown kind '{value}' (known: {string.Join(", ", knownKinds.Order(StringComparer.Ordinal))})"));
                    break;
                case "title":
                    title = value;
                    break;
                case "samples":
                    if (int.TryParse(value, out var n) && n is >= 1 and <= MaxSamples) samples = n;
                    else errors.Add(At(path, valueNode, $"samples must be a whole number from 1 to {MaxSamples}, not '{value}'"));
                    break;
                case "warmup":
                    if (int.TryParse(value, out var w) && w is >= 0 and <= MaxSamples) warmup = w;
                    else errors.Add(At(path, valueNode, $"warmup must be a whole number from 0 to {MaxSamples}, not '{value}'"));
                    break;
                case "timeout":
                    if (Duration.TryParse(value, out var t) && t > TimeSpan.Zero && t <= MaxTimeout) timeout = t;
                    else errors.Add(At(path, valueNode, $"timeout must be a duration above 0 and at most 1h (e.g. 30s, 500ms), not '{value}'"));
                    break;
                default:
                    parameters[key] = value;
                    parameterNodes[key] = valueNode;
                    break;
            }
        }

        if (id is null && !errors.Skip(errorsBefore).Any(e => e.Message.StartsWith("id ", StringComparison.Ordinal)))
            errors.Add(At(path, map, "an experiment needs an id"));
        if (kind is null && !errors.Skip(errorsBefore).Any(e => e.Message.StartsWith("unknown kind", StringComparison.Ordinal)))
            errors.Add(At(path, map, "an experiment needs a kind"));
        if (kind is not null) CheckRuled(path, kind, parameters, parameterNodes, errors);
        if (errors.Count > errorsBefore) return null;

        return new ExperimentSpec
        {
            Id = id!,
            Kind = kind!,
            Title = title ?? id!,
            Samples = samples,
            Warmup = warmup,
            Timeout = timeout,
            Parameters = parameters,
            SourcePath = path,
            Line = (int)map.Start.Line,
            Column = (int)map.Start.Column,
        };
    }

    /// <summary>Parameters with a rule: only on the kinds it names, and only with a value it accepts.</summary>
    private void CheckRuled(string path, string kind, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<string, YamlNode> nodes, List<LabError> errors)
    {
        foreach (var rule in rules ?? [])
        {
            if (!parameters.TryGetValue(rule.Name, out var value)) continue;
            var node = nodes[rule.Name];
            if (!rule.Kinds.Contains(kind))
                errors.Add(At(path, node, $"{rule.Name} is not a parameter of kind '{kind}' (only of: {string.Join(", ", rule.Kinds)})"));
            else if (rule.Problem(value) is { } problem)
                errors.Add(At(path, node, $"{rule.Name} {problem}"));
        }
    }

    private static LabError At(string path, YamlNode node, string message) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, message);

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
