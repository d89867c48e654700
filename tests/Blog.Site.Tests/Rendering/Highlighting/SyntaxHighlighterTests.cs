using System.Net;
using System.Text.RegularExpressions;
using Blog.Site.Rendering.Highlighting;

namespace Blog.Site.Tests.Rendering.Highlighting;

/// <summary>
/// What the highlighter writes, language by language: each expected string is Rouge 3.30's HTML formatter output
/// (<c>Rouge::Formatters::HTML.new.format(Rouge::Lexer.find_fancy(lang).lex(code))</c>) for the same code.
/// </summary>
public partial class SyntaxHighlighterTests
{
    private readonly SyntaxHighlighter _highlighter = new();

    [Theory]
    [InlineData("plaintext", "if x < 1 then\n",
        "if x &lt; 1 then\n")]
    [InlineData("shell", "export NAME=\"blog $USER\" # set\nls -la | grep '.md'\n",
        "<span class=\"nb\">export </span><span class=\"nv\">NAME</span><span class=\"o\">=</span><span class=\"s2\">\"blog </span><span class=\"nv\">$USER</span><span class=\"s2\">\"</span> <span class=\"c\"># set</span>\n<span class=\"nb\">ls</span> <span class=\"nt\">-la</span> | <span class=\"nb\">grep</span> <span class=\"s1\">'.md'</span>\n")]
    [InlineData("console", "$ echo hi\nhi\n",
        "<span class=\"gp\">$</span><span class=\"w\"> </span><span class=\"nb\">echo </span>hi\n<span class=\"go\">hi\n</span>")]
    [InlineData("yaml", "title: Blog # name\ntags: [a, b]\nn: 3\n",
        "<span class=\"na\">title</span><span class=\"pi\">:</span> <span class=\"s\">Blog</span> <span class=\"c1\"># name</span>\n<span class=\"na\">tags</span><span class=\"pi\">:</span> <span class=\"pi\">[</span><span class=\"nv\">a</span><span class=\"pi\">,</span> <span class=\"nv\">b</span><span class=\"pi\">]</span>\n<span class=\"na\">n</span><span class=\"pi\">:</span> <span class=\"m\">3</span>\n")]
    [InlineData("json", "{\"a\": [1, 2.5, true, null], \"b\": \"x\\n\"}\n",
        "<span class=\"p\">{</span><span class=\"nl\">\"a\"</span><span class=\"p\">:</span><span class=\"w\"> </span><span class=\"p\">[</span><span class=\"mi\">1</span><span class=\"p\">,</span><span class=\"w\"> </span><span class=\"mf\">2.5</span><span class=\"p\">,</span><span class=\"w\"> </span><span class=\"kc\">true</span><span class=\"p\">,</span><span class=\"w\"> </span><span class=\"kc\">null</span><span class=\"p\">],</span><span class=\"w\"> </span><span class=\"nl\">\"b\"</span><span class=\"p\">:</span><span class=\"w\"> </span><span class=\"s2\">\"x</span><span class=\"se\">\\n</span><span class=\"s2\">\"</span><span class=\"p\">}</span><span class=\"w\">\n</span>")]
    [InlineData("python", "def f(x=1):\n    return f\"{x}\" # done\n",
        "<span class=\"k\">def</span> <span class=\"nf\">f</span><span class=\"p\">(</span><span class=\"n\">x</span><span class=\"o\">=</span><span class=\"mi\">1</span><span class=\"p\">):</span>\n    <span class=\"k\">return</span> <span class=\"sa\">f</span><span class=\"s\">\"</span><span class=\"si\">{</span><span class=\"n\">x</span><span class=\"si\">}</span><span class=\"s\">\"</span> <span class=\"c1\"># done\n</span>")]
    [InlineData("go", "func add(a int, b int) int {\n\treturn a + b // sum\n}\n",
        "<span class=\"k\">func</span> <span class=\"n\">add</span><span class=\"p\">(</span><span class=\"n\">a</span> <span class=\"kt\">int</span><span class=\"p\">,</span> <span class=\"n\">b</span> <span class=\"kt\">int</span><span class=\"p\">)</span> <span class=\"kt\">int</span> <span class=\"p\">{</span>\n\t<span class=\"k\">return</span> <span class=\"n\">a</span> <span class=\"o\">+</span> <span class=\"n\">b</span> <span class=\"c\">// sum</span>\n<span class=\"p\">}</span>\n")]
    [InlineData("javascript", "const f = (x) => `v=${x}`; // arrow\n",
        "<span class=\"kd\">const</span> <span class=\"nx\">f</span> <span class=\"o\">=</span> <span class=\"p\">(</span><span class=\"nx\">x</span><span class=\"p\">)</span> <span class=\"o\">=&gt;</span> <span class=\"s2\">`v=</span><span class=\"p\">${</span><span class=\"nx\">x</span><span class=\"p\">}</span><span class=\"s2\">`</span><span class=\"p\">;</span> <span class=\"c1\">// arrow</span>\n")]
    [InlineData("typescript", "let n: number = 0x1F;\ninterface A { b?: string }\n",
        "<span class=\"kd\">let</span> <span class=\"nx\">n</span><span class=\"p\">:</span> <span class=\"kr\">number</span> <span class=\"o\">=</span> <span class=\"mh\">0x1F</span><span class=\"p\">;</span>\n<span class=\"kr\">interface</span> <span class=\"nx\">A</span> <span class=\"p\">{</span> <span class=\"nl\">b</span><span class=\"p\">?:</span> <span class=\"kr\">string</span> <span class=\"p\">}</span>\n")]
    [InlineData("ruby", "def hi(name)\n  puts \"Hi #{name}\" # greet\nend\n",
        "<span class=\"k\">def</span> <span class=\"nf\">hi</span><span class=\"p\">(</span><span class=\"nb\">name</span><span class=\"p\">)</span>\n  <span class=\"nb\">puts</span> <span class=\"s2\">\"Hi </span><span class=\"si\">#{</span><span class=\"nb\">name</span><span class=\"si\">}</span><span class=\"s2\">\"</span> <span class=\"c1\"># greet</span>\n<span class=\"k\">end</span>\n")]
    [InlineData("diff", "--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n",
        "<span class=\"gd\">--- a\n</span><span class=\"gi\">+++ b\n</span><span class=\"p\">@@ -1 +1 @@</span>\n<span class=\"gd\">-old\n</span><span class=\"gi\">+new\n</span>")]
    [InlineData("dockerfile", "FROM alpine:3 AS base\nRUN apk add --no-cache curl\n",
        "<span class=\"k\">FROM</span><span class=\"w\"> </span><span class=\"s\">alpine:3</span><span class=\"w\"> </span><span class=\"k\">AS</span><span class=\"w\"> </span><span class=\"s\">base</span>\n<span class=\"k\">RUN </span>apk add <span class=\"nt\">--no-cache</span> curl\n")]
    [InlineData("c", "#include <stdio.h>\nint main(void) { return 0; }\n",
        "<span class=\"cp\">#include</span> <span class=\"cpf\">&lt;stdio.h&gt;</span><span class=\"cp\">\n</span><span class=\"kt\">int</span> <span class=\"nf\">main</span><span class=\"p\">(</span><span class=\"kt\">void</span><span class=\"p\">)</span> <span class=\"p\">{</span> <span class=\"k\">return</span> <span class=\"mi\">0</span><span class=\"p\">;</span> <span class=\"p\">}</span>\n")]
    [InlineData("cpp", "template <typename T> class Box { T v; };\n",
        "<span class=\"k\">template</span> <span class=\"o\">&lt;</span><span class=\"k\">typename</span> <span class=\"nc\">T</span><span class=\"p\">&gt;</span> <span class=\"k\">class</span> <span class=\"nc\">Box</span> <span class=\"p\">{</span> <span class=\"n\">T</span> <span class=\"n\">v</span><span class=\"p\">;</span> <span class=\"p\">};</span>\n")]
    [InlineData("csharp", "public class A { int X => 42; }\n",
        "<span class=\"k\">public</span> <span class=\"k\">class</span> <span class=\"nc\">A</span> <span class=\"p\">{</span> <span class=\"kt\">int</span> <span class=\"n\">X</span> <span class=\"p\">=&gt;</span> <span class=\"m\">42</span><span class=\"p\">;</span> <span class=\"p\">}</span>\n")]
    [InlineData("java", "public static void main(String[] args) { System.out.println(\"hi\"); }\n",
        "<span class=\"kd\">public</span> <span class=\"kd\">static</span> <span class=\"kt\">void</span> <span class=\"nf\">main</span><span class=\"o\">(</span><span class=\"nc\">String</span><span class=\"o\">[]</span> <span class=\"n\">args</span><span class=\"o\">)</span> <span class=\"o\">{</span> <span class=\"nc\">System</span><span class=\"o\">.</span><span class=\"na\">out</span><span class=\"o\">.</span><span class=\"na\">println</span><span class=\"o\">(</span><span class=\"s\">\"hi\"</span><span class=\"o\">);</span> <span class=\"o\">}</span>\n")]
    [InlineData("rust", "fn main() { let x: u32 = 5; println!(\"{}\", x); }\n",
        "<span class=\"k\">fn</span> <span class=\"nf\">main</span><span class=\"p\">()</span> <span class=\"p\">{</span> <span class=\"k\">let</span> <span class=\"n\">x</span><span class=\"p\">:</span> <span class=\"nb\">u32</span> <span class=\"o\">=</span> <span class=\"mi\">5</span><span class=\"p\">;</span> <span class=\"nd\">println!</span><span class=\"p\">(</span><span class=\"s\">\"{}\"</span><span class=\"p\">,</span> <span class=\"n\">x</span><span class=\"p\">);</span> <span class=\"p\">}</span>\n")]
    [InlineData("sql", "SELECT id, name FROM users WHERE id = 1; -- one\n",
        "<span class=\"k\">SELECT</span> <span class=\"n\">id</span><span class=\"p\">,</span> <span class=\"n\">name</span> <span class=\"k\">FROM</span> <span class=\"n\">users</span> <span class=\"k\">WHERE</span> <span class=\"n\">id</span> <span class=\"o\">=</span> <span class=\"mi\">1</span><span class=\"p\">;</span> <span class=\"c1\">-- one</span>\n")]
    [InlineData("html", "<p class=\"note\">Hi &amp; bye<!-- c --></p>\n",
        "<span class=\"nt\">&lt;p</span> <span class=\"na\">class=</span><span class=\"s\">\"note\"</span><span class=\"nt\">&gt;</span>Hi <span class=\"ni\">&amp;amp;</span> bye<span class=\"c\">&lt;!-- c --&gt;</span><span class=\"nt\">&lt;/p&gt;</span>\n")]
    [InlineData("xml", "<?xml version=\"1.0\"?>\n<a href='x'>t</a>\n",
        "<span class=\"cp\">&lt;?xml version=\"1.0\"?&gt;</span>\n<span class=\"nt\">&lt;a</span> <span class=\"na\">href=</span><span class=\"s\">'x'</span><span class=\"nt\">&gt;</span>t<span class=\"nt\">&lt;/a&gt;</span>\n")]
    [InlineData("css", "a:hover { color: #fff; margin: 0 2px !important; }\n",
        "<span class=\"nt\">a</span><span class=\"nd\">:hover</span> <span class=\"p\">{</span> <span class=\"nl\">color</span><span class=\"p\">:</span> <span class=\"m\">#fff</span><span class=\"p\">;</span> <span class=\"nl\">margin</span><span class=\"p\">:</span> <span class=\"m\">0</span> <span class=\"m\">2px</span> <span class=\"cp\">!important</span><span class=\"p\">;</span> <span class=\"p\">}</span>\n")]
    [InlineData("scss", "$c: red;\n.a { &:hover { color: $c; } }\n",
        "<span class=\"nv\">$c</span><span class=\"p\">:</span> <span class=\"no\">red</span><span class=\"p\">;</span>\n<span class=\"nc\">.a</span> <span class=\"p\">{</span> <span class=\"k\">&amp;</span><span class=\"nd\">:hover</span> <span class=\"p\">{</span> <span class=\"nl\">color</span><span class=\"p\">:</span> <span class=\"nv\">$c</span><span class=\"p\">;</span> <span class=\"p\">}</span> <span class=\"p\">}</span>\n")]
    [InlineData("sass", "$c: red\n.a\n  color: $c\n",
        "<span class=\"nv\">$c</span><span class=\"p\">:</span> <span class=\"no\">red</span>\n<span class=\"nc\">.a</span>\n  <span class=\"nl\">color</span><span class=\"p\">:</span> <span class=\"nv\">$c</span>\n")]
    [InlineData("toml", "[server]\nport = 8080 # http\nname = \"x\"\n",
        "<span class=\"nn\">[server]</span>\n<span class=\"py\">port</span> <span class=\"p\">=</span> <span class=\"mi\">8080</span> <span class=\"c\"># http</span>\n<span class=\"py\">name</span> <span class=\"p\">=</span> <span class=\"s\">\"x\"</span>\n")]
    [InlineData("ini", "[core]\neditor = vim ; editor\n",
        "<span class=\"nn\">[core]</span>\n<span class=\"py\">editor</span> <span class=\"p\">=</span> <span class=\"s\">vim ; editor</span>\n")]
    [InlineData("makefile", "all: build\n\tgo build ./...\n",
        "<span class=\"nl\">all</span><span class=\"o\">:</span> <span class=\"nf\">build</span>\n\tgo build ./...\n")]
    [InlineData("nginx", "server { listen 80; root /var/www; }\n",
        "<span class=\"k\">server</span> <span class=\"p\">{</span> <span class=\"kn\">listen</span> <span class=\"mi\">80</span><span class=\"p\">;</span> <span class=\"kn\">root</span> <span class=\"n\">/var/www</span><span class=\"p\">;</span> <span class=\"p\">}</span>\n")]
    [InlineData("conf", "# c\nkey = \"v\" 42\n",
        "<span class=\"c\"># c\n</span><span class=\"n\">key</span> = <span class=\"s2\">\"v\"</span> <span class=\"m\">42</span>\n")]
    [InlineData("properties", "server.port=8080 ! not a comment\n",
        "<span class=\"py\">server.port</span><span class=\"p\">=</span><span class=\"s\">8080 ! not a comment</span>\n")]
    [InlineData("hcl", "job \"x\" { count = 2 }\n",
        "<span class=\"nx\">job</span> <span class=\"s2\">\"x\"</span> <span class=\"p\">{</span> <span class=\"nx\">count</span> <span class=\"p\">=</span> <span class=\"mi\">2</span> <span class=\"p\">}</span>\n")]
    [InlineData("terraform", "resource \"a\" \"b\" { name = \"${var.n}\" }\n",
        "<span class=\"k\">resource</span> <span class=\"s2\">\"a\"</span> <span class=\"s2\">\"b\"</span> <span class=\"p\">{</span> <span class=\"nx\">name</span> <span class=\"p\">=</span> <span class=\"s2\">\"</span><span class=\"k\">${</span><span class=\"kd\">var</span><span class=\"p\">.</span><span class=\"nx\">n</span><span class=\"k\">}</span><span class=\"s2\">\"</span> <span class=\"p\">}</span>\n")]
    [InlineData("http", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"a\": 1}\n",
        "<span class=\"k\">HTTP</span><span class=\"o\">/</span><span class=\"m\">1.1</span> <span class=\"m\">200</span> <span class=\"ne\">OK</span>\n<span class=\"na\">Content-Type</span><span class=\"p\">:</span> <span class=\"s\">application/json</span>\n\n<span class=\"p\">{</span><span class=\"nl\">\"a\"</span><span class=\"p\">:</span><span class=\"w\"> </span><span class=\"mi\">1</span><span class=\"p\">}</span><span class=\"w\">\n</span>")]
    [InlineData("jsx", "const a = <Box id=\"x\">{n} items</Box>;\n",
        "<span class=\"kd\">const</span> <span class=\"nx\">a</span> <span class=\"o\">=</span> <span class=\"p\">&lt;</span><span class=\"nc\">Box</span> <span class=\"na\">id</span><span class=\"p\">=</span><span class=\"s\">\"x\"</span><span class=\"p\">&gt;</span><span class=\"si\">{</span><span class=\"nx\">n</span><span class=\"si\">}</span> items<span class=\"p\">&lt;/</span><span class=\"nc\">Box</span><span class=\"p\">&gt;;</span>\n")]
    [InlineData("tsx", "const f = <T,>(x: T) => <p>{x}</p>;\n",
        "<span class=\"kd\">const</span> <span class=\"nx\">f</span> <span class=\"o\">=</span> <span class=\"p\">&lt;</span><span class=\"nx\">T</span><span class=\"p\">,</span><span class=\"o\">&gt;</span><span class=\"p\">(</span><span class=\"nx\">x</span><span class=\"p\">:</span> <span class=\"nx\">T</span><span class=\"p\">)</span> <span class=\"o\">=&gt;</span> <span class=\"p\">&lt;</span><span class=\"nt\">p</span><span class=\"p\">&gt;</span><span class=\"si\">{</span><span class=\"nx\">x</span><span class=\"si\">}</span><span class=\"p\">&lt;/</span><span class=\"nt\">p</span><span class=\"p\">&gt;;</span>\n")]
    [InlineData("powershell", "$x = Get-Item -Path \"C:\\$name\" # c\n",
        "<span class=\"nv\">$x</span><span class=\"w\"> </span><span class=\"o\">=</span><span class=\"w\"> </span><span class=\"n\">Get-Item</span><span class=\"w\"> </span><span class=\"nt\">-Path</span><span class=\"w\"> </span><span class=\"s2\">\"C:\\</span><span class=\"nv\">$name</span><span class=\"s2\">\"</span><span class=\"w\"> </span><span class=\"c\"># c</span><span class=\"w\">\n</span>")]
    [InlineData("kotlin", "fun main() { val x: Int = 1 }\n",
        "<span class=\"k\">fun</span> <span class=\"nf\">main</span><span class=\"p\">()</span> <span class=\"p\">{</span> <span class=\"kd\">val</span> <span class=\"py\">x</span><span class=\"p\">:</span> <span class=\"nc\">Int</span> <span class=\"p\">=</span> <span class=\"mi\">1</span> <span class=\"p\">}</span>\n")]
    [InlineData("markdown", "# Title\n*a* `b` [c](d)\n",
        "<span class=\"gh\"># Title</span>\n<span class=\"ge\">*a*</span> <span class=\"sb\">`b`</span> <span class=\"p\">[</span><span class=\"nv\">c</span><span class=\"p\">](</span><span class=\"sx\">d</span><span class=\"p\">)</span>\n")]
    [InlineData("liquid", "{% if a %}{{ b | upcase }}{% endif %}\n",
        "<span class=\"p\">{%</span><span class=\"w\"> </span><span class=\"kr\">if</span><span class=\"w\"> </span><span class=\"nv\">a</span><span class=\"w\"> </span><span class=\"p\">%}{{</span><span class=\"w\"> </span><span class=\"nv\">b</span><span class=\"w\"> </span><span class=\"p\">|</span><span class=\"w\"> </span><span class=\"nf\">upcase</span><span class=\"w\"> </span><span class=\"p\">}}{%</span><span class=\"w\"> </span><span class=\"kr\">endif</span><span class=\"w\"> </span><span class=\"p\">%}</span>\n")]
    [InlineData("apache", "<Directory /x>\n  Require all granted\n</Directory>\n",
        "<span class=\"p\">&lt;</span><span class=\"nl\">Directory</span><span class=\"sr\"> /x</span><span class=\"p\">&gt;\n</span>  <span class=\"nc\">Require</span> <span class=\"ss\">all</span> granted\n<span class=\"p\">&lt;/</span><span class=\"nl\">Directory</span><span class=\"p\">&gt;\n</span>")]
    [InlineData("groovy", "def greet(String n) { println \"hi ${n}\" }\n",
        "<span class=\"kt\">def</span> <span class=\"nf\">greet</span><span class=\"o\">(</span><span class=\"n\">String</span> <span class=\"n\">n</span><span class=\"o\">)</span> <span class=\"o\">{</span> <span class=\"n\">println</span> <span class=\"s2\">\"hi ${n}\"</span> <span class=\"o\">}</span>\n")]
    [InlineData("protobuf", "message A { int32 id = 1; }\n",
        "<span class=\"kd\">message</span> <span class=\"nc\">A</span> <span class=\"p\">{</span> <span class=\"kt\">int32</span> <span class=\"na\">id</span> <span class=\"o\">=</span> <span class=\"mi\">1</span><span class=\"p\">;</span> <span class=\"p\">}</span>\n")]
    [InlineData("erb", "<p><%= @post.title %></p>\n",
        "<span class=\"nt\">&lt;p&gt;</span><span class=\"cp\">&lt;%=</span> <span class=\"vi\">@post</span><span class=\"p\">.</span><span class=\"nf\">title</span> <span class=\"cp\">%&gt;</span><span class=\"nt\">&lt;/p&gt;</span>\n")]
    [InlineData("lua", "local x = print(\"a\") -- c\n",
        "<span class=\"kd\">local</span> <span class=\"n\">x</span> <span class=\"o\">=</span> <span class=\"nb\">print</span><span class=\"p\">(</span><span class=\"s2\">\"a\"</span><span class=\"p\">)</span> <span class=\"c1\">-- c</span>\n")]
    [InlineData("swift", "let n: Int = count(\"a\") // c\n",
        "<span class=\"k\">let</span> <span class=\"nv\">n</span><span class=\"p\">:</span> <span class=\"kt\">Int</span> <span class=\"o\">=</span> <span class=\"nf\">count</span><span class=\"p\">(</span><span class=\"s\">\"a\"</span><span class=\"p\">)</span> <span class=\"c1\">// c</span>\n")]
    public void Each_language_is_highlighted_with_rouges_tokens(string language, string code, string expected) =>
        Assert.Equal(expected, _highlighter.Highlight(code, language));

    [Theory]
    [InlineData("shell", "sh", "bash", "zsh", "ksh")]
    [InlineData("console", "terminal", "shell_session", "shell-session")]
    [InlineData("yaml", "yml")]
    [InlineData("javascript", "js")]
    [InlineData("typescript", "ts")]
    [InlineData("python", "py")]
    [InlineData("ruby", "rb")]
    [InlineData("go", "golang")]
    [InlineData("cpp", "c++")]
    [InlineData("csharp", "cs", "c#")]
    [InlineData("dockerfile", "docker", "Dockerfile")]
    [InlineData("makefile", "make", "mf", "gnumake", "bsdmake")]
    [InlineData("rust", "rs", "rust,ignore")]
    [InlineData("diff", "patch", "udiff")]
    [InlineData("plaintext", "text")]
    [InlineData("terraform", "tf")]
    [InlineData("markdown", "md", "mkd")]
    [InlineData("powershell", "posh", "microsoftshell", "msshell")]
    [InlineData("conf", "config", "configuration")]
    [InlineData("jsx", "react")]
    public void Rouges_aliases_name_the_same_lexer(string language, params string[] aliases)
    {
        const string code = "x = \"a\" # b\n-- c\n";
        var expected = _highlighter.Highlight(code, language);
        foreach (var alias in aliases) Assert.Equal(expected, _highlighter.Highlight(code, alias));
        Assert.True(_highlighter.Knows(language));
    }

    [Theory]
    [InlineData("Ruby")] // Rouge's registry is case-sensitive (the highlight tag lower-cases first, Markdown fences do not)
    [InlineData("plain")]
    [InlineData("../x")]
    [InlineData("<script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("?")]
    [InlineData("guess")]
    public void A_name_rouge_does_not_know_writes_the_code_escaped_as_plain_text(string? language)
    {
        Assert.Equal("&lt;script&gt;alert(\"&amp;\")&lt;/script&gt;\n", _highlighter.Highlight("<script>alert(\"&\")</script>\n", language));
        Assert.False(_highlighter.Knows(language));
    }

    [Fact]
    public void Lexer_options_after_a_question_mark_are_ignored_as_rouge_ignores_unknown_ones() =>
        Assert.Equal(_highlighter.Highlight("puts 1\n", "ruby"), _highlighter.Highlight("puts 1\n", "ruby?foo=bar"));

    [Fact]
    public void The_highlighted_text_is_the_code_itself_for_every_corpus_snippet()
    {
        foreach (var snippet in HighlightCorpus.All())
            Assert.Equal(snippet.Code, TextOf(_highlighter.Highlight(snippet.Code, snippet.Language)));
    }

    /// <summary>Inputs that make some lexers' regexes backtrack for long or scan to the end at every position.</summary>
    private static readonly IReadOnlyDictionary<string, string> Hostile = new Dictionary<string, string>
    {
        ["spaces"] = new(' ', 50_000),
        ["words"] = string.Concat(Enumerable.Repeat("a ", 20_000)),
        ["unclosed parens"] = new('(', 20_000),
        ["unclosed string of backslashes"] = "\"" + new string('\\', 30_001),
        ["unclosed comment"] = "/*" + new string('*', 30_000),
        ["interpolation openers"] = string.Concat(Enumerable.Repeat("#{", 10_000)),
        ["heredoc openers"] = string.Concat(Enumerable.Repeat("<<A ", 10_000)) + "\n",
        ["C signature without end"] = string.Concat(Enumerable.Repeat("a * ", 5_000)) + "b (",
        ["control characters"] = string.Concat(Enumerable.Range(0, 2_000).Select(i => (char)(i % 32))),
        ["lone surrogates"] = "\"\uD800 \uDFFF x\uD83D\uDE00\" 'é' ünïcödé",
    };

    public static TheoryData<string, string> HostileCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "shell", "console", "yaml", "json", "python", "go", "javascript", "ruby", "c", "java", "toml", "makefile", "html", "scss", "sass", "nginx" })
            foreach (var name in Hostile.Keys) data.Add(language, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileCases))]
    public void Hostile_code_never_hangs_or_throws_and_keeps_all_its_text(string language, string input)
    {
        var code = Hostile[input];
        var started = System.Diagnostics.Stopwatch.StartNew();
        var html = _highlighter.Highlight(code, language);
        // A run gives up highlighting after 1 s plus 20 µs a character of regex time; the bound leaves room for a loaded machine.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(15), $"{language} took {started.Elapsed} on {input}");
        Assert.Equal(code, TextOf(html));
    }

    [Fact]
    public void A_huge_code_block_is_highlighted_whole()
    {
        var code = string.Concat(Enumerable.Repeat("name: \"value\" # comment\nlist: [1, 2, {a: b}]\n", 10_000));
        var html = _highlighter.Highlight(code, "yaml");
        Assert.Equal(code, TextOf(html));
        Assert.EndsWith("<span class=\"pi\">}]</span>\n", html);
    }

    [GeneratedRegex("<span class=\"[a-z0-9]+\">|</span>")]
    private static partial Regex Span();

    /// <summary>The text a browser shows: spans removed, entities decoded.</summary>
    private static string TextOf(string html) => WebUtility.HtmlDecode(Span().Replace(html, ""));
}
