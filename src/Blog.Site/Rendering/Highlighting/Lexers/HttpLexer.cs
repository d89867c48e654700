using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>
/// HTTP requests and responses, ported from Rouge 3.30's lexers/http.rb (MIT, see THIRD-PARTY-NOTICES.md): the body
/// is lexed in the language its Content-Type names (Rouge's guess by mimetype, here among the languages we have).
/// </summary>
internal sealed class HttpLexer : RegexLexer
{
    /// <summary>The mimetypes of our languages, each claimed by exactly one Rouge lexer (so Rouge's guess is that lexer).</summary>
    private static readonly FrozenDictionary<string, string> ByMimetype = new Dictionary<string, string>
    {
        ["application/json"] = "json", ["application/vnd.api+json"] = "json", ["application/hal+json"] = "json",
        ["application/problem+json"] = "json", ["application/schema+json"] = "json",
        ["text/html"] = "html", ["application/xhtml+xml"] = "html",
        ["text/xml"] = "xml", ["application/xml"] = "xml", ["image/svg+xml"] = "xml", ["application/rss+xml"] = "xml",
        ["application/atom+xml"] = "xml",
        ["text/css"] = "css",
        ["application/javascript"] = "javascript", ["application/x-javascript"] = "javascript",
        ["text/javascript"] = "javascript", ["text/x-javascript"] = "javascript",
        ["text/typescript"] = "typescript", ["text/x-yaml"] = "yaml",
        ["application/x-sh"] = "shell", ["application/x-shellscript"] = "shell", ["text/x-sh"] = "shell", ["text/x-shellscript"] = "shell",
        ["text/x-python"] = "python", ["application/x-python"] = "python", ["text/x-ruby"] = "ruby", ["application/x-ruby"] = "ruby",
        ["text/x-go"] = "go", ["application/x-go"] = "go", ["text/x-rust"] = "rust", ["text/x-chdr"] = "c", ["text/x-csrc"] = "c",
        ["text/x-c++hdr"] = "cpp", ["text/x-c++src"] = "cpp", ["text/x-csharp"] = "csharp", ["text/x-java"] = "java",
        ["text/x-sql"] = "sql", ["text/x-diff"] = "diff", ["text/x-patch"] = "diff", ["text/x-dockerfile-config"] = "docker",
        ["text/x-toml"] = "toml", ["text/x-ini"] = "ini", ["text/x-makefile"] = "make", ["text/x-nginx-conf"] = "nginx",
        ["text/x-scss"] = "scss", ["text/x-sass"] = "sass", ["text/x-java-properties"] = "properties",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const string Methods = "GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH";

    /// <summary>The Content-Type read from the headers (Rouge's <c>@content_type</c>), and the body's language once chosen.</summary>
    private sealed class RunData
    {
        public string ContentType = "text/plain";
        public string? ContentLanguage;
    }

    protected internal override object? NewRunData() => new RunData();

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule($@"({Methods})([ ]+)([^ ]+)([ ]+)(HTTPS?)(/)(\d(?:\.\d)?)(\r?\n|$)",
                [NameFunction, Text, NameNamespace, Text, Keyword, Operator, Num, Text], "headers");
            s.Rule(@"(HTTPS?)(/)(\d(?:\.\d))([ ]+)(\d{3})([ ]+)?([^\r\n]*)?(\r?\n|$)",
                [Keyword, Operator, Num, Text, Num, Text, NameException, Text], "headers");
        });
        states.State("headers", s =>
        {
            s.Rule(@"([^\s:]+)( *)(:)( *)([^\r\n]+)(\r?\n|$)", run =>
            {
                if (string.Equals(run[1].Trim(), "content-type", StringComparison.OrdinalIgnoreCase))
                    ((RunData)run.Data!).ContentType = run[5].Split(';')[0].ToLowerInvariant();
                run.Groups(NameAttribute, Text, Punctuation, Text, Str, Text);
            });
            s.Rule(@"([^\r\n]+)(\r?\n|$)", [Str, Text]);
            s.Rule(@"\r?\n", Text, "content");
        });
        states.State("content", s => s.Rule("(?s).+", run =>
        {
            var data = (RunData)run.Data!;
            data.ContentLanguage ??= ByMimetype.GetValueOrDefault(data.ContentType, "plaintext");
            run.DelegateFresh(data.ContentLanguage);
        }));
    }
}
