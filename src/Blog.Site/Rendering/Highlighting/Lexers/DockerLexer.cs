using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Dockerfiles, ported from Rouge 3.30's lexers/docker.rb (MIT, see THIRD-PARTY-NOTICES.md): RUN lines are shell.</summary>
internal sealed class DockerLexer : RegexLexer
{
    private const string Keywords = "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL";

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"(?i)^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)", [Keyword, Whitespace, Str, Whitespace, Keyword, Whitespace, Str]);
            s.Rule($@"(?i)^(ONBUILD)(\s+)({Keywords})(.*)", [Keyword, Whitespace, Keyword, Str]);
            s.Rule($@"(?i)^({Keywords})\b(.*)", [Keyword, Str]);
            s.Rule("#.*?$", Comment);
            s.Rule(@"(?i)^(ONBUILD\s+)?RUN(\s+)", run =>
            {
                run.Token(Keyword);
                run.Push("run");
                run.ResetDelegate("shell");
            });
            s.Rule(@"\w+", Text);
            s.Rule(@"[^\w]+", Text);
            s.Rule(".", Text);
        });
        states.State("run", s =>
        {
            s.Rule(@"\n", Text, "#pop");
            s.Rule(@"(?s)\\.", StrEscape);
            s.Rule(@"(\\.|[^\n\\])+", run => run.Delegate("shell"));
        });
    }
}
