using Blog.Lab.Liquid;
using Blog.Lab.Results;
using Blog.Lab.Specs;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Fluid;
using Fluid.Values;

namespace Blog.Lab.Tests.Liquid;

/// <summary>Renders one page's Liquid with only the lab extension registered, as the site would, and keeps its diagnostics.</summary>
internal sealed class LabPage
{
    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new();
    private readonly LiquidRegistry _registry;

    /// <param name="pageText">The page's source as it is on disk (default: none, so problems carry no line).</param>
    public LabPage(LabData data, PageText? pageText = null)
    {
        _registry = new LiquidRegistry(_parser, _options, Diagnostics);
        new LabExtension(data, pageText ?? PageTexts.None).Register(_registry);
    }

    public ErrorCollector Diagnostics { get; } = new();

    public static LabPage With(params (ExperimentSpec Spec, LabResult? Result)[] experiments) => new(Data(experiments));

    public static LabData Data(params (ExperimentSpec Spec, LabResult? Result)[] experiments) =>
        new(experiments.Select(e => e.Spec).ToList(),
            experiments.ToDictionary(e => e.Spec.Id, e => ResultStatus.Of(e.Spec, e.Result)));

    public async Task<string> RenderAsync(string template, string pagePath = "_posts/2024-02-14-post.md")
    {
        Assert.True(_parser.TryParse(template, out var parsed, out var error), error);
        var context = new TemplateContext(_options);
        foreach (var (name, value) in _registry.Globals) context.SetValue(name, value);
        context.SetValue("page", new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            new Dictionary<string, FluidValue> { ["path"] = StringValue.Create(pagePath) })));
        return await parsed.RenderAsync(context);
    }
}
