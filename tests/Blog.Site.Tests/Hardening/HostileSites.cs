using System.Text;
using CsCheck;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// Generators of hostile sites: the small valid <see cref="HostileSite.BaseFiles"/> with one to three hostile changes
/// (so kinds also mix): broken front matter and config, invalid UTF-8, huge files, deeply nested Liquid, unknown
/// filters and tags, bad dates, duplicate and hostile permalinks, and random byte mutations of a valid file.
/// </summary>
public static class HostileSites
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>A change to a site's files, named for the report.</summary>
    private sealed record Change(string Kind, Action<Dictionary<string, byte[]>> Apply);

    private static Change Put(string kind, string path, string text) => new(kind, files => files[path] = Utf8.GetBytes(text));

    private static string Post(string frontMatter, string body = "Body.\n") => "---\n" + frontMatter + "\n---\n" + body;

    // ---- front matter -------------------------------------------------------------------------------------------

    private static readonly string[] FrontMatterLines =
    [
        "title: [unclosed", "title: {a: [b", "title: \"unterminated", "title: 'x", "tags: [a, [b, {c: d}]]", "tags: {x: y}",
        "categories: {a: 1}", "categories: [[1, 2], null]", "category: [a b]", "tags: 12", "tags: ~", "title: ~", "title: [1, 2]",
        "layout: nonexistent", "layout: [x]", "layout: ../../etc/passwd", "layout: null", "published: maybe", "published: [false]",
        "date: [2024]", "date: {}", "date: 1e308", "date: -1", "excerpt_separator: [x]", "excerpt_separator: \"\"",
        "&a [*a]", "x: *undefined", "<<: *nowhere", "<<: [1, 2]", "<<: {title: merged}", "? [complex, key]\n: value", "? {a: b}\n: c",
        "!!binary AAAA: x", "title: !!python/object:os.system ls", "title: !ruby/object:Foo {}", "- a\n- list root",
        "\ttitle: tab", "title: x\n  bad: indent", ": : :", "title: x\ntitle: duplicate key", "key with spaces and : colon: v",
        "sitemap: [x]", "permalink: [x]", "permalink: {a: b}", "permalink: 12", "slug: [x]", "slug: \"../../x\"",
        "last_modified_at: 9999-12-31 23:59:59 -1400", "last_modified_at: nonsense", "last_modified_at: [1]",
        "image: [x]", "image: {path: [1]}", "author: [1, {name: [2]}]", "description: {x: [y]}", "lang: [x]",
        "title: '" + new string('x', 5000) + "'", "big: " + string.Join(",", Enumerable.Repeat("[1]", 2000)),
        "laughs0: &l0 [x, x, x, x, x, x, x, x, x, x]\nlaughs1: &l1 [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]\nlaughs2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\nlaughs3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]\nlaughs4: [*l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3]",
        "", "---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:", "title: \"\\u0000\\uD800\"", "title: \"\\x\"",
    ];

    private static readonly Gen<string> FrontMatter =
        Gen.OneOf(FrontMatterLines).List[1, 4].Select(lines => string.Join("\n", lines));

    private static readonly Gen<Change> BrokenFrontMatter =
        Gen.Select(FrontMatter, Gen.OneOf("_posts/2024-02-14-first.md", "index.html", "_layouts/default.html", "about.md", "_posts/2024-03-01-new.md", "_recipes/soup.md"),
            (yaml, path) => Put("broken front matter", path, Post(yaml, "Text {{ page.title }} {{ page.tags | join: ',' }} {{ page | jsonify | size }}\n")));

    // ---- _config.yml --------------------------------------------------------------------------------------------

    private static readonly string[] ConfigLines =
    [
        "permalink: [x]", "permalink: /:nosuch/", "permalink: /:title/:title/", "permalink: /../../:title", "permalink: \"\"",
        "paginate: -1", "paginate: abc", "paginate: 99999999999999", "paginate: 1\npaginate_path: /../page:num/", "paginate: 1\npaginate_path: [x]",
        "timezone: Mars/Olympus", "timezone: [x]", "timezone: ../../etc/localtime", "timezone: Pacific/Kiritimati", "timezone: Etc/GMT+12",
        "exclude: notalist", "exclude: [[x]]", "include: {a: b}", "defaults: 5", "defaults: [{scope: 3}]", "defaults: [{scope: {path: [x]}, values: 3}]",
        "defaults: [{values: {layout: [x]}}]", "time: yesterday", "time: 9999-12-31 23:59:59 -1400", "time: 0001-01-01 00:00:00 +1400", "time: [1]",
        "url: 5", "url: [x]", "url: javascript:alert(1)", "baseurl: [x]", "baseurl: /../..", "title: {a: b}", "description: [x]",
        "data_dir: ../../../../etc", "data_dir: /etc", "layouts_dir: /etc", "includes_dir: ../..", "includes_dir: [x]", "markdown_ext: 5",
        "markdown_ext: ''", "excerpt_separator: [x]", "feed: {path: ../../evil.xml}", "feed: {path: /etc/passwd}", "feed: {path: [x]}",
        "feed: {posts_limit: -5}", "feed: {posts_limit: 99999999999999}", "feed: 5", "jekyll-archives: 5", "jekyll-archives: {enabled: [categories], permalinks: {category: /../../:name/}}",
        "jekyll-archives: {enabled: x}", "jekyll-archives: {permalinks: [x]}", "plugins: [[x]]", "theme: ../../etc", "theme: [x]", "theme_dir: /nonexistent", "check_links: [x]", "author: [1]", "author: {name: [x]}", "lang: {x: y}", "show_drafts: [x]",
        "future: maybe", "twitter: {username: [x]}", "social: {links: 5}", "logo: [x]", "&a [*a]", "- list root", "key: [unclosed",
        "key: {unclosed", "\ttab: 1", "x: *undefined", "sass: {style: [x]}", "plugins: 5", "collections: {posts: {output: false}}",
        "collections: 5", "collections: [[x], 5]", "collections: {posts: {output: false, permalink: /../../x/:title}}", "collections: {posts: {permalink: /:nosuch/}}",
        "collections: {posts: 5}", "collections: {recipes: {output: true, permalink: /../../:path}}", "collections: {recipes: {output: true, permalink: [x]}}",
        "collections: {recipes: 5}", "collections: {'../../etc': {output: true}}", "collections: {'': {output: true}}", "collections: [drafts, data, pages]",
        "collections: {recipes: {output: true, sort_by: [x], order: 5}}", "collections: {recipes: {output: true, order: [a.md, [x], null]}}",
        "collections: {posts: {output: true}, recipes: {output: true, permalink: /:title/}}", "collections_dir: ../..", "collections_dir: [x]",
        "collections_dir: /etc", "collections_dir: _posts", "collections: {recipes: {output: true, sort_by: rank}}",
        "collections: {recipes: {output: true, permalink: /:year/:title/}}\ncollections_dir: stuff",
    ];

    private static readonly Gen<Change> BrokenConfig =
        Gen.OneOf(ConfigLines).List[1, 4].Select(lines =>
            Put("broken _config.yml", "_config.yml", "title: Fuzz\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\n"
                + "plugins: [jekyll-feed, jekyll-seo-tag, jekyll-sitemap, jekyll-paginate, jekyll-archives]\n" + string.Join("\n", lines) + "\n"));

    // ---- invalid UTF-8 and byte mutations -----------------------------------------------------------------------

    private static readonly byte[][] BadBytes =
    [
        [0xC3, 0x28], [0xFF], [0xFE, 0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x00], [0xEF, 0xBB, 0xBF],
        [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80, 0x80, 0x80], [0x1B, 0x5B, 0x32, 0x4A], [0x0D], [0x0B, 0x0C], [0xE2, 0x80, 0xAE],
    ];

    private static readonly Gen<Change> InvalidUtf8 =
        Gen.Select(Gen.OneOf(HostileSite.BaseFiles.Keys.ToArray()), Gen.OneOf(BadBytes).List[1, 6], Gen.Double[0, 1].List[1, 6],
            (path, inserts, places) => new Change("invalid UTF-8", files =>
            {
                var bytes = files[path].ToList();
                for (int i = 0; i < inserts.Count; i++)
                    bytes.InsertRange((int)(places[i % places.Count] * bytes.Count), inserts[i]);
                files[path] = [.. bytes];
            }));

    private static readonly Gen<Change> ByteMutation =
        Gen.Select(Gen.OneOf(HostileSite.BaseFiles.Keys.ToArray()), Gen.Select(Gen.Double[0, 1], Gen.Byte, Gen.Int[0, 2]).List[1, 8],
            (path, edits) => new Change("mutated bytes", files =>
            {
                var bytes = files[path].ToList();
                foreach (var (where, value, op) in edits)
                {
                    int at = Math.Min((int)(where * bytes.Count), Math.Max(0, bytes.Count - 1));
                    if (op == 0 && bytes.Count > 0) bytes[at] = value;
                    else if (op == 1) bytes.Insert(at, value);
                    else if (bytes.Count > 0) bytes.RemoveAt(at);
                }
                files[path] = [.. bytes];
            }));

    // ---- huge files ---------------------------------------------------------------------------------------------

    private static readonly Gen<Change> HugeFile =
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, 5], (megabytes, shape) =>
        {
            // Markdown is the costly part of a build: huge posts are 1-2 MB, other huge files up to 4 MB.
            int size = (shape is 1 or 2 ? Math.Min(megabytes, 2) : megabytes) << 20;
            return shape switch
            {
                0 => new Change("huge static file", files => files["assets/big.bin"] = Enumerable.Range(0, size).Select(i => (byte)(i * 31)).ToArray()),
                1 => Put("huge post (one line)", "_posts/2024-03-01-huge.md", Post("title: Huge", new string('a', size) + "\n")),
                2 => Put("huge post (paragraphs)", "_posts/2024-03-01-huge.md", Post("title: Huge",
                    string.Concat(Enumerable.Repeat("Some *text* with `code` and a [link](https://example.org).\n\n", size / 60)))),
                3 => Put("huge front matter", "_posts/2024-03-01-huge.md", Post("title: Huge\nblob: \"" + new string('b', size) + "\"")),
                4 => Put("huge data file", "_data/huge.yml", string.Concat(Enumerable.Range(0, size / 16).Select(i => $"k{i}: v{i}\n"))),
                _ => Put("huge data list", "_data/huge.json", "[" + string.Join(",", Enumerable.Repeat("{\"a\":[1,2,3]}", size / 14)) + "]"),
            };
        });

    // ---- deeply nested Liquid (and YAML, Markdown) --------------------------------------------------------------

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static readonly string[] NestingNames =
        ["ifs", "fors", "unless", "captures", "cases", "parentheses", "filter chain", "indexes", "raw", "Markdown quotes", "Markdown links", "braces"];

    private static readonly Gen<Change> DeepNesting =
        Gen.Select(Gen.OneOf(2, 50, 101, 1_000, 10_000), Gen.Int[0, 12], Gen.Bool, (depth, shape, closed) =>
        {
            string Block(string open, string close) => Repeat(open, depth) + "x" + (closed ? Repeat(close, depth) : "");
            var body = shape switch
            {
                0 => Block("{% if true %}", "{% endif %}"),
                1 => Block("{% for i in (1..1) %}", "{% endfor %}"),
                2 => Block("{% unless false %}", "{% endunless %}"),
                3 => Block("{% capture c %}", "{% endcapture %}"),
                4 => Block("{% case 1 %}{% when 1 %}", "{% endcase %}"),
                5 => "{{ " + Repeat("(", depth) + "1" + (closed ? Repeat(")", depth) : "") + " }}",
                6 => "{{ 'a'" + Repeat(" | upcase", depth) + " }}",
                7 => "{{ a" + Repeat("[0]", depth) + " }}",
                8 => Block("{% raw %}", "{% endraw %}"),
                // Markdown nesting (Markdig stops it at its own depth limit); capped at 1,000 because ten thousand nested
                // links take Markdig seconds, which says nothing more about robustness and would dominate the run.
                9 => Repeat(">", Math.Min(depth, 1_000)) + " quoted\n",
                10 => Repeat("[", Math.Min(depth, 1_000)) + "x" + (closed ? Repeat("](y)", Math.Min(depth, 1_000)) : "") + "\n",
                11 => Repeat("{{", depth) + "x" + (closed ? Repeat("}}", depth) : ""),
                _ => "",
            };
            return shape == 12
                ? Put("deep YAML nesting", "_data/deep.yml", "x: " + Repeat("[", depth) + (closed ? Repeat("]", depth) : ""))
                : Put("deep nesting: " + NestingNames[shape], "_posts/2024-03-01-deep.md", Post("title: Deep", body));
        });

    // ---- kramdown's own markup: IALs, ALDs, extensions, math, HTML blocks, footnotes, repeated and unclosed -----------

    private static readonly string[] KramdownSnippets =
    [
        "{: .a #b k=\"v\"}", "{:toc}", "* x\n{:toc}", "{:a: a b .x}", "{: a}", "{:b: a b}", "{::comment}", "{::nomarkdown}<b>",
        "{:/comment}", "{:/}", "{::options /}", "$$", "$$ x", "$$\nx \\\\ y\n", "<div>", "<div markdown=\"1\">", "</div>",
        "<!--", "-->", "[^x]", "[^x]: note", "# h {#id}", "## h ##", "*x*{: .y}", "<<", ">>", "\"'", "'\"", "- [ ] x", "- [x] y",
        "Term\n: def", "*[HTML]: text", "    indented", "```ruby", "| a | b |\n|:-|-:|", "\\\\",
    ];

    private static readonly Gen<Change> KramdownMarkup =
        Gen.Select(Gen.OneOf(KramdownSnippets).List[1, 8], Gen.OneOf(1, 10, 1_000), (snippets, times) =>
            Put("kramdown markup", "_posts/2024-03-01-kramdown.md", Post("title: Kramdown", Repeat(string.Join("\n", snippets) + "\n", times))));

    // ---- unknown filters and tags, bad Liquid -------------------------------------------------------------------

    private static readonly string[] LiquidSnippets =
    [
        "{{ x | nosuch }}", "{{ x | nosuch: 1, 2 }}", "{% nosuch %}", "{% nosuch %}{% endnosuch %}", "{% include nosuch.html %}",
        "{% include ../../../etc/passwd %}", "{% include /etc/passwd %}", "{% include {{ page.evil }} %}", "{% include nav.html a=\"unclosed %}",
        "{% include nav.html x=y z %}", "{% include %}", "{% endif %}", "{% for %}", "{% for x in %}{% endfor %}", "{% if %}", "{{", "{%", "}}", "%}",
        "{% raw %}unclosed", "{% highlight %}", "{% highlight ruby %}unclosed", "{% highlight ruby linenos=evil %}x{% endhighlight %}",
        "{% post_url nonexistent %}", "{% post_url ../../x %}", "{% link nope.md %}", "{% link ../../etc/passwd %}", "{% comment %}unclosed",
        "{{ 5 | divided_by: 0 }}", "{{ 5 | modulo: 0 }}", "{{ 'abc' | truncate: -5 }}", "{{ 'abc' | truncatewords: -1 }}", "{{ 'x' | date: '%Q%' }}",
        "{{ 'not a date' | date_to_xmlschema }}", "{{ '9999-12-31 23:59:59 -1400' | date: '%Y' }}", "{{ 99999999999999999999 | date: '%Y' }}",
        "{{ site.posts | where_exp: 'bad bad', 'x' }}", "{{ site.posts | where_exp: 'p', '((((((((((((((((((((((((((((((((((((((((p' }}",
        "{{ site.posts | sort: 5 }}", "{{ site.posts | group_by_exp: 'p', '' }}", "{{ site | jsonify | size }}", "{{ page | jsonify }}",
        "{{ 'abc' | slice: 99999999999 }}", "{{ 'a' | times: 99999999999999999999 }}", "{{ 1e308 | times: 1e308 }}", "{{ 'x' | split: '' | size }}",
        "{% assign x = 'a' | append: x %}{% assign x = x | append: x %}", "{% cycle %}", "{% tablerow %}", "{% case %}{% when %}{% endcase %}",
        "{{ page.nope.deeper.still }}", "{{ nil | first | last | size }}", "{{ '' | markdownify | markdownify }}", "{{ '{{ x' | markdownify }}",
        "{{ 'x' | relative_url | absolute_url | uri_escape | cgi_escape | xml_escape | slugify: 'nonsense' }}", "{{ x | array_to_sentence_string: 1, 2, 3 }}",
        "{{ '%' | url_decode }}", "{{ '%E0%A4%A' | url_decode }}", "{{ 'x' | number_of_words: 'cjk' }}", "{{ '\uD800' | slugify }}", "{% seo title=false %}",
        "{% feed_meta nonsense %}", "{% for i in (1..100000) %}{% endfor %}", "{% for i in (100000..1) %}x{% endfor %}", "{% for i in site.posts limit: -1 offset: -5 %}x{% endfor %}",
    ];

    private static readonly Gen<Change> BadLiquid =
        Gen.Select(Gen.OneOf(LiquidSnippets).List[1, 4], Gen.OneOf("_posts/2024-03-01-liquid.md", "_includes/nav.html", "_layouts/default.html", "page.md"),
            (snippets, path) =>
            {
                string body = string.Join("\n", snippets) + "\n";
                return path switch
                {
                    "_includes/nav.html" => Put("bad Liquid in an include", path, body),
                    "_layouts/default.html" => Put("bad Liquid in a layout", path, "<html><body>" + body + "{{ content }}</body></html>"),
                    _ => Put("bad Liquid", path, Post("title: Liquid", body)),
                };
            });

    // ---- dates ----------------------------------------------------------------------------------------------------

    private static readonly string[] DateFileNames =
        ["2024-02-30-x.md", "0000-01-01-x.md", "0001-01-01-x.md", "9999-12-31-x.md", "2024-1-1-x.md", "2024-13-01-x.md", "2024-00-10-x.md", "99999-01-01-x.md", "2024-02-29-.md", "2024-02-29-x", "2024-02-29-x.md.md"];

    private static readonly string[] DateValues =
        ["2024-02-30", "99999-01-01", "-1", "2024-01-01 25:61:61 +9999", "0001-01-01 00:00:00 +1400", "9999-12-31 23:59:59 -1400", "9999-12-31",
         "0001-01-01", "2024-01-01T00:00:00.999999999999Z", "tomorrow", "2024-02-14 10:30:00 +14", "[2024]", "{}", "1e308", "''", "2024-02-14 24:00:00", "2024-02-14 10:30:60"];

    private static readonly Gen<Change> BadDates =
        Gen.Select(Gen.OneOf(DateFileNames), Gen.OneOf(DateValues), Gen.Bool, (fileName, date, inName) => inName
            ? Put("bad date (file name)", "_posts/" + fileName, Post("title: Dated", "{{ page.date | date_to_xmlschema }} {{ page.date | date: '%A %j' }}\n"))
            : Put("bad date (front matter)", "_posts/2024-03-01-dated.md", Post("date: " + date, "{{ page.date | date_to_rfc822 }}\n")));

    // ---- permalinks -----------------------------------------------------------------------------------------------

    private static readonly string[] Permalinks =
    [
        "/same/", "/same/", "/same.html", "/same/index.html", "/feed.xml", "/sitemap.xml", "/robots.txt", "/", "//", "/./", "/../../etc/x", "../x",
        "/%2e%2e/%2e%2e/x", "/a/../../b", "/\\..\\..\\x", "/x\\0y/", "\"/a\\0b\"", "/" + new string('a', 300) + "/", "/" + Repeat("deep/", 600),
        "/index.html/x", "/assets/big.bin", "/2024/02/14/first.html", "/:title/:title/", "/:nosuch/", "/é/ü/", "/ /", "/a:b/", "/a?b#c", "/x.", "/x/.",
        "/same", "/Same/", "/café/", "/%/", "/%ZZ/", "C:\\\\Windows\\\\x",
    ];

    private static readonly Gen<Change> DuplicatePermalinks =
        Gen.Select(Gen.OneOf(Permalinks).List[2, 4], links => new Change("duplicate or hostile permalinks", files =>
        {
            for (int i = 0; i < links.Count; i++)
            {
                var path = i % 2 == 0 ? $"page{i}.md" : $"_posts/2024-02-1{i}-p{i}.md";
                files[path] = Utf8.GetBytes(Post("layout: default\npermalink: " + links[i]));
            }
        }));

    // ---- images ---------------------------------------------------------------------------------------------------

    private static readonly byte[] SmallPng = Support.TestImages.Png(64, 32);

    private static readonly Gen<byte[]> BadImageBytes = Gen.OneOf(
        Gen.Const("not an image"u8.ToArray()), Gen.Const(Array.Empty<byte>()), Gen.Const(Support.TestImages.TruncatedPng()),
        Gen.OneOf(Gen.Const(Support.TestImages.PngHeaderClaiming(20_000, 20_000)), Gen.Const(Support.TestImages.PngHeaderClaiming(0, 0)),
            Gen.Const(Support.TestImages.PngHeaderClaiming(1, int.MaxValue))),
        Gen.Select(Gen.Int[0, SmallPng.Length - 1].List[1, 8], Gen.Byte, (positions, value) =>
        {
            var bytes = SmallPng.ToArray();
            foreach (var at in positions) bytes[at] = value;
            return bytes;
        }),
        Gen.Int[1, SmallPng.Length - 1].Select(length => SmallPng[..length]));

    private static readonly Gen<Change> BadImages =
        Gen.Select(BadImageBytes, Gen.OneOf("x.png", "x.jpg", "x.webp"), Gen.Bool, (bytes, name, html) => new Change("bad images", files =>
        {
            files["_config.yml"] = [.. files["_config.yml"], .. "\nimages:\n  enabled: true\n"u8];
            files["assets/img/" + name] = bytes;
            files["_posts/2024-03-02-image.md"] = Utf8.GetBytes(Post("layout: default",
                html ? $"<img src=\"/assets/img/{name}\">\n" : $"Text.\n\n![x](/assets/img/{name})\n"));
        }));

    // ---- the site -------------------------------------------------------------------------------------------------

    // Huge files are rare: each takes seconds (a 2 MB post is real work), the others milliseconds.
    private static readonly Gen<Change> AnyChange = Gen.Frequency(
        (140, BrokenFrontMatter), (100, BrokenConfig), (100, InvalidUtf8), (100, ByteMutation), (1, HugeFile),
        (100, DeepNesting), (140, BadLiquid), (100, BadDates), (100, DuplicatePermalinks), (100, KramdownMarkup), (60, BadImages));

    public static Gen<HostileSite> Sites { get; } =
        Gen.Frequency((3, AnyChange.List[1, 1]), (1, AnyChange.List[2, 3])).Select(changes =>
        {
            var files = HostileSite.BaseFiles.ToDictionary(f => f.Key, f => f.Value);
            foreach (var change in changes) change.Apply(files);
            var kinds = changes.Select(c => c.Kind).Distinct().ToList();
            return new HostileSite(kinds.Count == 1 ? kinds[0] : "mixed", string.Join(" + ", kinds), files);
        });
}
