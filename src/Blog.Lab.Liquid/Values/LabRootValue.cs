using Fluid;
using Fluid.Values;

namespace Blog.Lab.Liquid.Values;

/// <summary>The <c>lab</c> global: <c>lab.&lt;id with underscores&gt;</c> is an experiment's stored result.</summary>
internal sealed class LabRootValue(LabUsage usage) : ObjectValueBase(usage.Data)
{
    public override async ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        await usage.ResultAsync(LabData.IdOf(name), context) is { } result
            ? new LabResultValue(result, usage)
            : NilValue.Instance;

    public override string ToStringValue() => string.Join(", ", usage.Data.Specs.Select(s => s.Id));
}
