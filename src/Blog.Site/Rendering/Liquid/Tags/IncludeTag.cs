using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Blog.Site.Rendering.Liquid.Templates;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Tags;

/// <summary>One <c>name=value</c> of an include: a quoted text, or a variable path looked up when rendering.</summary>
internal sealed record IncludeParameter(string Name, string? Text, string? VariablePath);

/// <summary>
/// Jekyll's <c>{% include file.html key=value key2="text" %}</c>: the file name may be unquoted, quoted, or contain
/// <c>{{ variables }}</c>; the parameters are visible as <c>include.key</c> inside the included file.
/// <c>{% include_relative %}</c> (<see cref="Relative"/>) takes the same markup and reads the file from the folder of
/// the page being rendered (also from its layouts and includes, as Jekyll's <c>page_path</c> does), as written:
/// front matter is not removed.
/// </summary>
internal sealed partial record IncludeTag(string Markup, string? StaticName, IFluidTemplate? NameTemplate, IReadOnlyList<IncludeParameter> Parameters)
{
    public bool Relative { get; init; }

    private string TagName => Relative ? "include_relative" : "include";

    /// <summary>Deep enough for any real theme, shallow enough to stop an include that includes itself.</summary>
    private const int MaxDepth = 64;
    private const string DepthKey = "blog.include-depth";

    [GeneratedRegex("""([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))""")]
    private static partial Regex Parameter();

    [GeneratedRegex("""\A\s*(?:([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))(?=\s|\z)\s*)*\z""")]
    private static partial Regex AllParameters();

    [GeneratedRegex(@"\A(?<variable>[^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*)?\}\}[^\s{}]*)+)(?<params>.*)\z", RegexOptions.Singleline)]
    private static partial Regex NameWithVariables();

    [GeneratedRegex(@"\A[\w/.\-()+~#@]+\z")]
    private static partial Regex ValidFileName();

    [GeneratedRegex(@"\A-?\d+\z|\A-?\d[\d.]+\z")]
    private static partial Regex NumberLiteral();

    /// <summary>
    /// An unquoted value that Liquid's <c>context[...]</c> (which Jekyll uses) reads as a literal, not a variable:
    /// <c>n=2</c>, <c>f=1.5</c>, <c>b=true</c>, <c>x=nil</c>.
    /// </summary>
    private static FluidValue? Literal(string expression) => expression switch
    {
        "true" => BooleanValue.True,
        "false" => BooleanValue.False,
        "nil" or "null" => NilValue.Instance,
        _ when NumberLiteral().IsMatch(expression) &&
               decimal.TryParse(expression, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
                   System.Globalization.CultureInfo.InvariantCulture, out var number) => NumberValue.Create(number),
        _ => null,
    };

    [GeneratedRegex(@"[./]{2,}")]
    private static partial Regex InvalidSequence();

    private static ParsedTemplate Include(IncludeTag tag, string name, RenderServices services)
    {
        if (!services.Templates.HasInclude(name))
            throw new TagRenderException(tag.TagName, tag.Markup, $"unknown include '{name}' (no such file in _includes)");
        return services.Templates.Include(name) ?? throw new TemplateAlreadyReportedException();
    }

    /// <summary>The file beside the page being rendered (the site's root when there is none).</summary>
    private static ParsedTemplate RelativeTemplate(IncludeTag tag, string name, TemplateContext context, RenderServices services)
    {
        var page = context.GetValue("page") is DocumentDrop drop ? drop.Document.RelativePath : "";
        var slash = page.LastIndexOf('/');
        var path = (slash < 0 ? "" : page[..(slash + 1)]) + name.TrimStart('/');
        return services.Templates.RelativeInclude(path) switch
        {
            RelativeInclude.Found found => found.Template ?? throw new TemplateAlreadyReportedException(),
            RelativeInclude.Outside => throw new TagRenderException(tag.TagName, tag.Markup, $"'{path}' leads out of the site's source folder"),
            _ => throw new TagRenderException(tag.TagName, tag.Markup, $"no file '{path}' for include_relative (it is relative to the page's folder)"),
        };
    }

    /// <summary>Reads the tag's markup; throws <see cref="FormatException"/> with Jekyll's message when it is not valid.</summary>
    public static IncludeTag Parse(string markup, FluidParser parser)
    {
        markup = markup.Trim();
        string name, parameters;
        var variable = NameWithVariables().Match(markup);
        if (variable.Success)
        {
            name = variable.Groups["variable"].Value.Trim();
            parameters = variable.Groups["params"].Value.Trim();
        }
        else
        {
            var parts = markup.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            name = parts.Length > 0 ? parts[0] : "";
            parameters = parts.Length > 1 ? parts[1] : "";
        }

        if (name.Length == 0) throw new FormatException("include tag needs a file name: {% include file.html %}");
        if (parameters.Length > 0 && !AllParameters().IsMatch(parameters))
            throw new FormatException($"invalid syntax for include tag '{markup}': parameters must be key=\"value\" or key=variable");

        var list = Parameter().Matches(parameters).Select(ToParameter).ToList();
        if (!name.Contains("{{", StringComparison.Ordinal)) return new IncludeTag(markup, Unquote(name), null, list);
        if (!parser.TryParse(name, out var template, out var error))
            throw new FormatException($"invalid include file name '{name}': {error}");
        return new IncludeTag(markup, null, template, list);
    }

    private static IncludeParameter ToParameter(Match match)
    {
        var name = match.Groups[1].Value;
        if (match.Groups[2].Success) return new(name, match.Groups[2].Value.Replace("\\\"", "\""), null);
        if (match.Groups[3].Success) return new(name, match.Groups[3].Value.Replace("\\'", "'"), null);
        return new(name, null, match.Groups[4].Value);
    }

    private static string Unquote(string name) =>
        name.Length >= 2 && (name[0] == '"' || name[0] == '\'') && name[^1] == name[0] ? name[1..^1] : name;

    public static async ValueTask<Completion> RenderAsync(IncludeTag tag, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var services = RenderServices.From(context);
        var name = tag.StaticName ?? Unquote((await tag.NameTemplate!.RenderAsync(context, NullEncoder.Default)).Trim());
        // Jekyll's INVALID_SEQUENCES: no "..", "./" or "//", so an include never climbs out of its folder.
        if (!ValidFileName().IsMatch(name) || InvalidSequence().IsMatch(name))
            throw new TagRenderException(tag.TagName, tag.Markup, $"invalid {tag.TagName} file name '{name}'");
        // Jekyll joins the includes folder and the name, so a leading slash names the same file (minimal-mistakes writes them).
        if (!tag.Relative) name = name.TrimStart('/');
        // Recorded by the name it had in this render: a name made of variables reads the include it names now.
        SiteInput.Record(context, tag.Relative ? SiteInput.RelativeFile : SiteInput.Include(name));
        var template = tag.Relative ? RelativeTemplate(tag, name, context, services) : Include(tag, name, services);

        var depth = context.AmbientValues.TryGetValue(DepthKey, out var d) ? (int)d! : 0;
        if (depth >= MaxDepth) throw new InvalidOperationException($"include '{name}' nests more than {MaxDepth} levels deep (does it include itself?)");

        var parameters = new List<KeyValuePair<string, FluidValue>>(tag.Parameters.Count);
        foreach (var parameter in tag.Parameters)
        {
            var value = parameter.Text is { } text
                ? StringValue.Create(text)
                : Literal(parameter.VariablePath!) ?? await PropertyPath.ReadVariableAsync(parameter.VariablePath!, context);
            parameters.Add(new(parameter.Name, value));
        }

        // Jekyll shares the including template's variables (assigns leak out); only `include` is swapped.
        var outer = context.GetValue("include");
        context.SetValue("include", new FixedHash(parameters));
        context.AmbientValues[DepthKey] = depth + 1;
        try
        {
            await template.RenderAsync(writer, encoder, context);
        }
        catch (Exception e) when (e is not (LiquidRenderException or TemplateAlreadyReportedException or OperationCanceledException))
        {
            throw template.Failure(e, $"in {tag.TagName} '{name}': ");
        }
        finally
        {
            context.AmbientValues[DepthKey] = depth;
            context.SetValue("include", outer);
        }
        return Completion.Normal;
    }
}
