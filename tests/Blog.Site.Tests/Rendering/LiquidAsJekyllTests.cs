using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering;

/// <summary>
/// Liquid's standard filters, values and tags where Fluid's differ from Jekyll 4.3's Liquid (found by rendering generated
/// templates with both): each template is rendered by a live Jekyll build and by ours, line by line.
/// </summary>
public sealed class LiquidAsJekyllTests : IDisposable
{
    private static readonly string[] Templates =
    [
        // truncatewords adds its ending only when words were cut
        "{{ 'hello' | truncatewords: 1 }}|{{ 'a b' | truncatewords: 2 }}|{{ 'a b c' | truncatewords: 2 }}|{{ ' a  b c ' | truncatewords: 2, '~' }}|{{ 'a b c' | truncatewords: 0 }}|{{ -1 | truncatewords: 1 }}",
        // an empty search string is found between every character
        "{{ 'abc' | replace: '', '_' }}|{{ 'abc' | replace_first: '', '_' }}|{{ 'abc' | replace: 'b', 'X' }}",
        // date gives back what is not a time, and everything when the format is empty
        "{{ true | date: '%Y' }}|{{ 'x' | date: '' }}|{{ '2024-01-05' | date: '%b %-d' }}|{{ site.data.d.list | date: '%Y' | join: ',' }}",
        // a number, or text of digits, is seconds since 1970
        "{{ 7 | date_to_rfc822 }}|{{ '7' | date_to_string }}|{{ '1700000000' | date: '%Y' }}|{{ 0 | date: '%Y' }}",
        // a float operand makes a float result, written with its decimal point; modulo takes the divisor's sign
        "{{ 4 | divided_by: 2.0 }}|{{ 10 | divided_by: 4.0 }}|{{ 10 | divided_by: 4 }}|{{ -7 | divided_by: 2 }}|{{ 7 | divided_by: 2.5 }}",
        "{{ -7 | modulo: 3 }}|{{ 7 | modulo: -3 }}|{{ 7.5 | modulo: 2 }}|{{ 6 | modulo: 2.0 }}",
        // Jekyll's array edits give back anything but an array, and pop and shift take a count
        "{{ 'str' | pop }}|{{ 'str' | push: 'x' }}|{{ site.data.d.list | pop: 2 | join: ',' }}|{{ site.data.d.list | shift: 2 | join: ',' }}|{{ site.data.d.list | shift | join: ',' }}",
        // filters Jekyll's Liquid has not pass their value through; size of nothing is 0; first and last take nothing of text;
        // Jekyll's where and find give back what is not an array or a hash
        "{{ site.data.d.list | sum }}|{{ 'a' | md5 }}|{{ missing | size }}|{{ 'abc' | first }}{{ 'abc' | last }}|{{ '3' | where: 'age', 31 }}|{{ 'x' | find: 'a', 1 }}|{{ 'y' | where_exp: 'p', 'p' }}",
        // a page's tags are its front matter's; a post's date is written as Ruby writes a time
        "{{ page.tags | join: ',' }}|{{ site.posts.first.date }}",
        // forloop counts what the loop runs over, after its offset; reversed counts only right after the collection; a range may have an else
        "{% for x in site.data.d.list offset:1 %}{{ forloop.index }}/{{ forloop.length }}{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %},{% endfor %}",
        "{% for x in site.data.d.list offset:1 limit:2 reversed %}{{ x }}{% endfor %}|{% for x in site.data.d.list reversed offset:1 limit:2 %}{{ x }}{% endfor %}|{% for x in site.data.d.list limit:1 %}{{ x }}{% endfor %}{% for x in site.data.d.list offset:continue %}{{ x }}{% endfor %}",
        "{% for x in (1..3) %}{{ x }}{% else %}none{% endfor %}|{% for x in (3..1) %}{{ x }}{% else %}none{% endfor %}|{% for x in (1..2) offset:continue %}{{ x }}{% endfor %}|{% for x in site.data.d.list offset:9 %}{{ x }}{% else %}none{% endfor %}",
        // .first and .last are Ruby's methods where there is no key of that name: a hash's first is its first pair and it has no
        // last, text has neither (themes tell a list from text by it: beautiful-jekyll's navbar, site.categories.first[0])
        "{{ site.data.d.h.first[0] }}{{ site.data.d.h.first[1] }}|{{ site.data.d.h.last }}|{{ site.data.d.h | first | join: ':' }}|{{ site.data.d.h | last }}|{{ page.s.first }}{{ page.s.last }}|{% if page.s.first %}list{% else %}text{% endif %}|{{ site.data.d.list.first }}{{ site.data.d.list.last }}|{{ site.categories.first[0] }}|{{ site.data.d.k.first }}",
        // a filter that wants text reads an array or a hash as Ruby's to_s, its inspect; one that wants a number reads 0; a hash
        // printed whole is its inspect, and is nothing to default only when empty
        "{{ site.data.d.mixed | upcase }}|{{ site.data.d.mixed | append: '!' }}|{{ 'x' | append: site.data.d.mixed }}|{{ site.data.d.mixed | truncate: 9 }}|{{ site.data.d.mixed | split: ',' | size }}|{{ site.data.d.mixed | plus: 1 }}|{{ site.data.d.mixed | at_least: 2 }}|{{ site.data.d.mixed | url_encode }}|{{ site.data.d.mixed | escape }}",
        "{{ site.data.d.h }}|{{ site.data.d.h | append: '!' }}|{{ site.data.d.h | join: '-' }}|{{ site.data.d.h | default: 'd' }}|{{ site.data.d.none | default: 'd' }}|{{ site.data.d.h | slice: 0, 4 }}|{{ site | append: '' }}|{{ site.static_files | inspect }}|{{ site.posts | inspect }}|{{ site.posts | append: '' }}",
        // Liquid's strings have no escapes; strip_html takes tags, not a lone '>'; url-safe base64 keeps its padding; a URL's brackets are encoded
        "{{ 'C:\\new\\table' }}|{{ \"a\\nb\" | size }}|{{ 'a -> b <i>c</i> <script>x</script><!-- y -->d' | strip_html }}|{{ 'ab' | base64_url_safe_encode }}|{{ '/a[1]?q=%5b' | relative_url }}|{{ '/a[1]' | uri_escape }}",
        // escape is CGI.escapeHTML (other characters as they are, nil stays nil), url_encode CGI.escape; replace's replacement is
        // Ruby's (\\ one backslash, \0 the text found: themes escape JSON so); an include's leading slash names the same file
        "{{ 'a b é — <x> & \"q\"' | escape }}|{{ '&amp; &#39; &#x41; & <' | escape_once }}|{% assign e = nothing | escape %}{% if e %}t{% else %}f{% endif %}|{{ \"Post: (YouTube) a*b!c'd~e é\" | url_encode }}|{% include /sub/x.html %}",
        "{{ 'say \"hi\" \\o/' | replace: '\"', '\\\\\"' | replace: 'o', '[\\0]' }}|{{ 'a.b' | replace: '.', '\\\\\\\\' }}|{{ 'abc' | replace: 'b', \"<\\`|\\'>\" }}|{{ 'aaa' | replace_first: 'a', '\\1x' }}|{{ 'ab' | replace: '', '-' }}",
        // a block that writes nothing but whitespace, assigns and captures writes nothing at all, its whitespace included
        "{% for i in (1..3) %}  {% assign y = i %}  {% endfor %}|{% if true %} {% capture z %} c {% endcapture %} {% else %} {% comment %}x{% endcomment %} {% endif %}|{% for i in (1..2) %} {{ i }} {% endfor %}|{% case 1 %} {% when 1 %} {% assign w = 1 %} {% endcase %}|{% unless false %} {% if true %} {% endif %} {% endunless %}|{{ z }}|{% if true %} {% assign q = 1 %} {% else %} x {% endif %}",
        // group_by_exp keeps the expression's value as a group's name (just-the-docs compares it with 0 and 1); group_by its text,
        // an array's inspect
        "{% assign g = site.data.d.list | group_by_exp: 'i', 'i | size' %}{% for x in g %}{% if x.name == 1 %}int{{ x.size }}{% else %}text:{{ x.name }}{% endif %}{% endfor %}|{% assign h = site.posts | group_by: 'categories' %}{% for x in h %}[{{ x.name }}:{{ x.size }}]{% endfor %}",
        // an end tag or else is read by its name alone (so-simple writes {%- endfor- %}); raw's "-%}" strips the text after its
        // end; blank Markdown converts to a line break, as kramdown writes one
        "{% for i in (1..2) %}[{{ i }}]{%- endfor- %}|{% if true %}x{% else junk %}y{% endif- %}|{% capture v %}y{% endcapture junk %}{{ v }}|{% raw -%}r{% endraw %}   z|{{ '' | markdownify | size }}",
        // parentheses do not group: Jekyll reads such a tag with Liquid's lax parser, a fragment that is no literal as a variable
        // any output or assign the strict parser rejects is read as the lax parser reads it: an output ends at its first }}, a
        // fragment is a variable of the names in it, what follows the last argument is ignored
        "{% for t in page.tags %}{{ 'tag_' | append: {{t}}.x,{% endfor %}|{% assign x = 'a b' | url_encode } %}[{{ x }}]|{% assign y = (page.tags | sort) %}[{{ y | join: '+' }}]|{{ (page.s | upcase) }}|{{ page.tags | join: ', ' | upcase ) }}",
        "{% if page.s and (page.s != 'x') %}a{% endif %}|{% if (page.n > 1) %}b{% else %}c{% endif %}|{% if (false or true) and false %}d{% else %}e{% endif %}|{% unless (page.s == 'x') %}f{% endunless %}|{% if page.n == 0 %}{% elsif (page.s) %}g{% endif %}|{% raw %}{% if (x) %}{% endraw %}",
        // Ruby's capitalize lowers the rest; Ruby's split counts words at ASCII white space only (a no-break space is inside one)
        // Ruby's JSON escapes only quotes, backslashes and control characters: an emoji, a no-break space, U+2028 stay as they are
        "{{ 'é—😀\u00A0\u2028/<>&\\' | jsonify }}|{{ page.tags | jsonify }}",
        // Ruby's split: " " splits at runs of white space (compress.html), any other text keeps the empty fields but the trailing ones
        "{% assign a = page.w | split: ' ' %}[{{ a | join: '|' }}]{{ a.size }}|{% assign b = 'a,,b,,' | split: ',' %}[{{ b | join: '|' }}]{{ b.size }}|{% assign c = ',a' | split: ',' %}[{{ c | join: '|' }}]{{ c.size }}|{{ ',,,' | split: ',' | size }}|{{ '' | split: ',' | size }}|{{ 'ab' | split: '' | join: '+' }}",
        "{{ 'GitHub mIXed' | capitalize }}|{{ 'éCOLE' | capitalize }}|{{ 'a\u00A0b c\u2003d' | number_of_words }}",
        // a nil limit is none (an include's limit: include.limit when it was given none); an assign to a dotted name stores a
        // variable no lookup reaches
        "{% assign a = 'x,y,z' | split: ',' %}[{% for i in a limit: nothing %}{{ i }}{% endfor %}][{% for i in a limit: 0 %}{{ i }}{% endfor %}][{% for i in a limit: 2 offset: 1 %}{{ i }}{{ forloop.length }}{% endfor %}]|{% assign q.b = 'y' %}[{{ q.b }}]{% assign site.title = 'x' %}[{{ site.title }}]",
    ];

    private readonly TempSite _site = new();

    [Fact]
    public async Task Templates_render_as_Jekyll_renders_them()
    {
        _site.With("_config.yml", "title: T\ntimezone: UTC\n")
            .With("_data/d.yml", "list: [a, b, c, d]\nh: {x: 1, y: 2}\nk: {first: own}\nnone: {}\nmixed: [a, \"b\\\"c\", 1, 2.5, null, true]\n")
            .With("file.txt", "x\n")
            .With("_includes/sub/x.html", "from sub")
            .With("_posts/2024-02-14-hello.md", "---\ntitle: Hello\ncategories: [news]\n---\nBody.\n")
            .With("probe.html", "---\ntags: [b, a]\ns: text\nn: 5\nw: \"  x\\n\\n\\ty   z  \"\n---\n" + string.Join("\n", Templates) + "\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        var theirs = File.ReadAllText(Path.Combine(jekyll, "probe.html")).Split('\n');
        var ours = _site.Output("probe.html").Split('\n');
        for (var i = 0; i < Templates.Length; i++)
            Assert.True(theirs[i] == ours[i], $"{Templates[i]}\n  Jekyll: {theirs[i]}\n  ours:   {ours[i]}");
    }

    public void Dispose() => _site.Dispose();
}
