using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Blog.Site.Config;
using Blog.Site.Outputs;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Tags;

/// <summary>
/// jekyll-gist's <c>{% gist user/1234567 [file.js] %}</c>, when the site lists <c>jekyll-gist</c> in its plugins:
/// <c>&lt;script src="https://gist.github.com/ID.js[?file=FILE]"&gt; &lt;/script&gt;</c>. Either argument may name a
/// variable. jekyll-gist also downloads the gist for a <c>&lt;noscript&gt;</c> copy; builds never reach the network, so
/// this writes the script tag alone, as jekyll-gist does with <c>gist: {noscript: false}</c>. (When GitHub cannot be
/// reached, jekyll-gist writes its logger's return value in place of the copy: <c>true</c>, or <c>false</c> under
/// <c>--quiet</c>; that stray word is not reproduced.) Unlike jekyll-gist, the values are escaped for the attribute, so
/// a hostile variable cannot break out of it.
/// </summary>
internal sealed partial record GistTag(string Markup, string Id, string File)
{
    private const string Plugin = "jekyll-gist";

    // jekyll-gist's determine_arguments.
    [GeneratedRegex(@"\A([\S]+|.*(?=\/).+)\s?(\S*)\z")]
    private static partial Regex Arguments();

    [GeneratedRegex(@"\A[A-Za-z_][\w-]*(?:\.[\w-]+)*\z")]
    private static partial Regex VariableName();

    public static GistTag Parse(string markup)
    {
        var match = Arguments().Match(markup.Trim());
        if (!match.Success || markup.Trim().Length == 0)
            throw new FormatException($"syntax error in tag 'gist' while parsing '{markup.Trim()}': use {{% gist user/1234567 %}} or {{% gist user/1234567 file.js %}}");
        return new GistTag(markup, match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim());
    }

    public static async ValueTask<Completion> RenderAsync(GistTag tag, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var settings = RenderServices.From(context).Settings;
        if (!settings.HasPlugin(Plugin))
            throw new TagRenderException("gist", tag.Markup, $"unknown tag 'gist': list {Plugin} under plugins: in _config.yml to use it");
        var id = await ValueOf(tag.Id, context);
        var file = await ValueOf(tag.File, context);
        var url = "https://gist.github.com/" + id + ".js" + (file.Length == 0 ? "" : "?file=" + file);
        await writer.WriteAsync("<script src=\"" + HtmlAttribute.Escape(url) + "\"> </script>");
        return Completion.Normal;
    }

    /// <summary>jekyll-gist's <c>context.key?</c>: an argument naming a variable that has a value stands for that value.</summary>
    private static async ValueTask<string> ValueOf(string argument, TemplateContext context)
    {
        if (argument.Length == 0 || !VariableName().IsMatch(argument)) return argument;
        var value = await PropertyPath.ReadVariableAsync(argument, context);
        return value.IsNil() ? argument : value.ToStringValue();
    }
}
