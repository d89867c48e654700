using System.Diagnostics;
using System.Text.Json;

namespace Blog.Site.Tests.Rendering.Highlighting;

/// <summary>
/// The real Rouge (Debian's ruby-rouge, Jekyll's highlighter) as an oracle: one Ruby process highlights a whole batch
/// of snippets, read as a JSON array of {lang, code} on stdin and written back as a JSON array of HTML.
/// </summary>
internal static class RougeOracle
{
    private const string Script = """
        require 'json'
        require 'rouge'
        snippets = JSON.parse($stdin.read)
        out = snippets.map do |s|
          lexer = Rouge::Lexer.find_fancy(s['lang'], s['code']) || Rouge::Lexers::PlainText
          Rouge::Formatters::HTML.new.format(lexer.lex(s['code']))
        end
        $stdout.write(JSON.generate(out))
        """;

    public static IReadOnlyList<string> Highlight(IReadOnlyList<(string Language, string Code)> snippets)
    {
        var start = new ProcessStartInfo("ruby", ["-e", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("Ruby is missing: install the Debian packages ruby and ruby-rouge (apt-get install ruby-rouge).");
        }
        using (process)
        {
            var input = JsonSerializer.Serialize(snippets.Select(s => new { lang = s.Language, code = s.Code }));
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = error.Result;
                throw new InvalidOperationException(message.Contains("cannot load such file -- rouge")
                    ? "Rouge is missing: install the Debian package ruby-rouge (apt-get install ruby-rouge)."
                    : "Rouge failed: " + message);
            }
            return JsonSerializer.Deserialize<string[]>(output.Result)!;
        }
    }
}
