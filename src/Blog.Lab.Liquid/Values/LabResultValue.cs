using Blog.Lab.Results;
using Fluid;
using Fluid.Values;

namespace Blog.Lab.Liquid.Values;

/// <summary>
/// One experiment's result: <c>.&lt;metric&gt;</c>, <c>.facts.&lt;name&gt;</c>, <c>.provenance.&lt;field&gt;</c>,
/// <c>.title</c>, <c>.command</c> (the equivalent shell command). An unknown name is an error on the page.
/// </summary>
internal sealed class LabResultValue(LabResult result, LabUsage usage) : ObjectValueBase(result)
{
    public LabResult Result => result;

    public override async ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        if (result.Metrics.TryGetValue(name, out var metric)) return new LabMetricValue(metric, result.Id, name, usage);
        switch (name)
        {
            case "id": return StringValue.Create(result.Id);
            case "title": return StringValue.Create(result.Title);
            case "kind": return StringValue.Create(result.Kind);
            case "command": return result.EquivalentCommand is { } c ? StringValue.Create(c) : NilValue.Instance;
            case "run_id": return StringValue.Create(result.RunId);
            case "facts": return new StringMapValue(result.Facts, $"{result.Id}.facts", usage);
            case "provenance": return new StringMapValue(result.Provenance.Fields(), $"{result.Id}.provenance", usage);
        }
        await usage.ErrorAsync(context, result.Id,
            $"lab result '{result.Id}' has no '{name}' (metrics: {string.Join(", ", result.Metrics.Keys)}; also facts, provenance, title, command)");
        return NilValue.Instance;
    }

    public override string ToStringValue() => result.Title;
}
