using Blog.Site.Rendering.Highlighting.Engine;
using Blog.Site.Rendering.Highlighting.Lexers;

namespace Blog.Site.Rendering.Highlighting;

/// <summary>The languages we highlight, under Rouge 3.30's tags and aliases (each lexer's <c>tag</c>/<c>aliases</c>).</summary>
internal static class Languages
{
    public static LexerCatalog Catalog() => new(
    [
        ("plaintext", ["text"], () => new PlainTextLexer()),
        ("json", [], () => new JsonLexer()),
        ("diff", ["patch", "udiff"], () => new DiffLexer()),
        ("shell", ["bash", "zsh", "ksh", "sh"], () => new ShellLexer()),
        ("yaml", ["yml"], () => new YamlLexer()),
        ("python", ["py"], () => new PythonLexer()),
        ("go", ["golang"], () => new GoLexer()),
        ("javascript", ["js"], () => new JavascriptLexer(typescript: false)),
        ("typescript", ["ts"], () => new JavascriptLexer(typescript: true)),
        ("ruby", ["rb"], () => new RubyLexer()),
        ("docker", ["dockerfile", "Dockerfile"], () => new DockerLexer()),
        ("c", [], () => new CLexer(cpp: false)),
        ("cpp", ["c++"], () => new CLexer(cpp: true)),
        ("csharp", ["c#", "cs"], () => new CSharpLexer()),
        ("java", [], () => new JavaLexer()),
        ("rust", ["rs", "rust,no_run", "rs,no_run", "rust,ignore", "rs,ignore", "rust,should_panic", "rs,should_panic"], () => new RustLexer()),
        ("sql", [], () => new SqlLexer()),
        ("xml", [], () => new XmlLexer()),
        ("html", [], () => new HtmlLexer()),
        ("css", [], () => new CssLexer()),
        ("scss", [], () => new SassLexer(scss: true)),
        ("sass", [], () => new SassLexer(scss: false)),
        ("toml", [], () => new TomlLexer()),
        ("ini", [], () => new IniLexer()),
        ("make", ["makefile", "mf", "gnumake", "bsdmake"], () => new MakeLexer()),
        ("nginx", [], () => new NginxLexer()),
        ("conf", ["config", "configuration"], () => new ConfLexer()),
        ("properties", [], () => new PropertiesLexer()),
        ("hcl", [], () => new HclLexer(terraform: false)),
        ("terraform", ["tf"], () => new HclLexer(terraform: true)),
        ("http", [], () => new HttpLexer()),
        ("jsx", ["react"], () => new JavascriptLexer(typescript: false, jsx: true)),
        ("tsx", [], () => new JavascriptLexer(typescript: true, jsx: true)),
        ("powershell", ["posh", "microsoftshell", "msshell"], () => new PowershellLexer()),
        ("kotlin", [], () => new KotlinLexer()),
        ("markdown", ["md", "mkd"], () => new MarkdownLexer()),
        ("liquid", [], () => new LiquidLexer()),
        ("apache", [], () => new ApacheLexer()),
        ("groovy", [], () => new GroovyLexer()),
        ("protobuf", ["proto"], () => new ProtobufLexer()),
        ("erb", ["eruby", "rhtml"], () => new ErbLexer()),
        ("lua", [], () => new LuaLexer()),
        ("swift", [], () => new SwiftLexer()),
        ("console", ["terminal", "shell_session", "shell-session"], () => new ConsoleLexer()),
    ]);
}
