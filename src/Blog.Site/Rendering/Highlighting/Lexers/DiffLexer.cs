using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Unified diffs, ported from Rouge 3.30's lexers/diff.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class DiffLexer : RegexLexer
{
    protected override void Define(StateSet states) => states.State("root", s =>
    {
        s.Rule(@"^ .*$\n?", Text);
        s.Rule(@"^---$\n?", Punctuation);
        s.Rule(@"^[+>]+.*$\n?", GenericInserted);
        s.Rule(@"^\+.*$\n?", GenericInserted);
        s.Rule(@"^[-<]+.*$\n?", GenericDeleted);
        s.Rule(@"^!.*$\n?", GenericStrong);
        s.Rule(@"^([Ii]ndex|diff).*$\n?", GenericHeading);
        s.Rule(@"^(@@[^@]*@@)([^\n]*\n)", [Punctuation, Text]);
        s.Rule(@"^\w.*$\n?", Punctuation);
        s.Rule(@"^=.*$\n?", GenericHeading);
        s.Rule(@"\s.*$\n?", Text);
    });
}
