using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>XML, ported from Rouge 3.30's lexers/xml.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class XmlLexer : RegexLexer
{
    /// <summary>A tag or attribute name; Ruby's \p{Word} is letters, marks, digits and connectors.</summary>
    internal const string TagName = @"[\p{L}:_][\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\p{Cf}:.·-]*";

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule("[^<&]+", Text);
            s.Rule(@"&\S*?;", NameEntity);
            s.Rule(@"<!\[CDATA\[.*?\]\]\>", CommentPreproc);
            s.Rule("<!--", Comment, "comment");
            s.Rule(@"<\?.*?\?>", CommentPreproc);
            s.Rule("<![^>]*>", CommentPreproc);
            s.Rule($@"(?s)<\s*{TagName}", NameTag, "tag");
            s.Rule($@"(?s)<\s*/\s*{TagName}\s*>", NameTag);
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
            s.Rule($@"(?s){TagName}\s*=", NameAttribute, "attr");
            s.Rule(@"/?\s*>", NameTag, "#pop");
        });
        states.State("attr", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"(?s)"".*?""|'.*?'|[^\s>]+", Str, "#pop");
        });
    }
}
