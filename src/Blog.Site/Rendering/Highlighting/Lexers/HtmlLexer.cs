using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>HTML, ported from Rouge 3.30's lexers/html.rb (MIT, see THIRD-PARTY-NOTICES.md): script and style contents are JavaScript and CSS.</summary>
internal sealed class HtmlLexer : RegexLexer
{
    private const string Word = @"\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}";

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule("(?s)[^<&]+", Text);
            s.Rule(@"&\S*?;", NameEntity);
            s.Rule("(?is)<!DOCTYPE .*?>", CommentPreproc);
            s.Rule(@"(?s)<!\[CDATA\[.*?\]\]>", CommentPreproc);
            s.Rule("<!--", Comment, "comment");
            s.Rule(@"(?s)<\?.*?\?>", CommentPreproc);
            s.Rule(@"(?s)<\s*script\s*", run =>
            {
                run.Token(NameTag);
                run.ResetDelegate("javascript");
                run.Push("script_content");
                run.Push("tag");
            });
            s.Rule(@"(?s)<\s*style\s*", run =>
            {
                run.Token(NameTag);
                run.ResetDelegate("css");
                run.Push("style_content");
                run.Push("tag");
            });
            s.Rule("</", NameTag, "tag_end");
            s.Rule("<", NameTag, "tag_start");
            s.Rule($@"<\s*[\p{{L}}:_-][{Word}\p{{Cf}}:.·-]*", NameTag, "tag");
            s.Rule($@"<\s*/\s*[\p{{L}}:_-][{Word}\p{{Cf}}:.·-]*\s*>", NameTag);
        });
        states.State("tag_end", s =>
        {
            s.Mixin("tag_end_end");
            s.Rule($@"[\p{{L}}:_-][{Word}\p{{Cf}}:.·-]*", run => { run.Token(NameTag); run.Goto("tag_end_end"); });
        });
        states.State("tag_end_end", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(">", NameTag, "#pop");
        });
        states.State("tag_start", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule($@"[\p{{L}}:_-][{Word}\p{{Cf}}:.·-]*", run => { run.Token(NameTag); run.Goto("tag"); });
            s.Rule("", run => run.Goto("tag"));
        });
        states.State("comment", s =>
        {
            s.Rule("[^-]+", Comment);
            s.Rule("-->", Comment, "#pop");
            s.Rule("-", Comment);
        });
        states.State("tag", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule($@"(?s)[\p{{L}}:_\[\]()*.-][{Word}\p{{Cf}}:.·\[\]()*-]*\s*=\s*", NameAttribute, "attr");
            s.Rule($@"[\p{{L}}:_*#-][{Word}\p{{Cf}}:.·*#-]*", NameAttribute);
            s.Rule(@"(?s)/?\s*>", NameTag, "#pop");
        });
        states.State("attr", s =>
        {
            s.Rule("\"", run => { run.Token(Str); run.Goto("dq"); });
            s.Rule("'", run => { run.Token(Str); run.Goto("sq"); });
            s.Rule(@"[^\s>]+", Str, "#pop");
        });
        states.State("dq", s =>
        {
            s.Rule("\"", Str, "#pop");
            s.Rule("[^\"]+", Str);
        });
        states.State("sq", s =>
        {
            s.Rule("'", Str, "#pop");
            s.Rule("[^']+", Str);
        });
        states.State("script_content", s =>
        {
            s.Rule("[^<]+", run => run.Delegate("javascript"));
            s.Rule(@"(?s)<\s*/\s*script\s*>", NameTag, "#pop");
            s.Rule("<", run => run.Delegate("javascript"));
        });
        states.State("style_content", s =>
        {
            s.Rule("[^<]+", run => run.Delegate("css"));
            s.Rule(@"(?s)<\s*/\s*style\s*>", NameTag, "#pop");
            s.Rule("<", run => run.Delegate("css"));
        });
    }
}
