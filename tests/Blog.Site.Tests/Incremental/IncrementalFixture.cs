using Blog.Site.Config;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Incremental;

/// <summary>
/// A small blog that uses every kind of dependency: layout chains, nested includes, data, neighbours, a paginated
/// index, tag and category listings, a listing of excerpts, category archives of excerpts, a link tag, static files, and
/// collections (one written, sorted by a key, with neighbours and a listing of excerpts; one only listed); and reads no
/// scan of a template's text could see: an include named by a variable, data read by a key in front matter, a layout
/// the config's defaults choose, a listing read through an assigned <c>site</c>; plus the edits a test applies to it at random.
/// <see cref="WithLabAsync"/> adds the lab: a spec, its stored result, and a post that shows the result in its excerpt
/// (so the listings of excerpts show it too), with the lab's own edits (<see cref="EditLabAtRandomAsync"/>).
/// </summary>
public sealed class IncrementalFixture : IDisposable
{
    private readonly Random _random;
    private int _created;

    /// <param name="config">Added to the fixture's config (e.g. <c>minify: true</c>).</param>
    public IncrementalFixture(int seed, string config = "")
    {
        _random = new Random(seed);
        Site = new TempSite()
            .With("_config.yml", "title: Fixture\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\npaginate: 2\nsearch_index: true\n"
                                 + "plugins: [jekyll-feed, jekyll-sitemap, jekyll-paginate, jekyll-archives]\n"
                                 + "jekyll-archives:\n  enabled: [categories]\n  layouts:\n    category: archive\n  permalinks:\n    category: /categories/:name/\n"
                                 + "collections:\n  guides:\n    output: true\n    sort_by: rank\n    permalink: /guides/:path/\n  notes: {}\n"
                                 + "defaults:\n  - scope:\n      path: chosen.md\n    values:\n      layout: plain\n"
                                 + "images:\n  enabled: true\n  widths: [240]\n" + config)
            .With("_guides/start.md", "---\nlayout: post\ntitle: Start\nrank: 2\n---\nStart here.\n\nThen more.\n")
            .With("_guides/deploy.md", "---\nlayout: post\ntitle: Deploy\nrank: 1\n---\nDeploy it.\n")
            .With("_guides/diagram.txt", "a diagram\n")
            .With("_notes/one.md", "---\ntitle: Note one\n---\nA note.\n")
            .With("guides.html", "---\nlayout: default\ntitle: Guides\n---\n{% for g in site.guides %}<a href=\"{{ g.url | relative_url }}\">{{ g.title }}</a>{{ g.excerpt }}{% endfor %}{% for n in site.notes %}{{ n.title }}{% endfor %}\n")
            .With("_data/authors.yml", "ann:\n  name: Ann\n")
            .With("_includes/header.html", "<header>{{ site.title }} by {{ site.data.authors.ann.name }} {% include nav.html %}</header>")
            .With("_includes/nav.html", "<nav><a href=\"{{ '/' | relative_url }}\">Home</a> <a href=\"{{ '/about/' | relative_url }}\">About</a></nav>")
            .With("_includes/footer.html", "<footer>footer</footer>")
            .With("_includes/note.html", "<aside>{{ include.text }}</aside>")
            .With("_layouts/default.html", "<!doctype html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>{% include header.html %}{{ content }}{% include footer.html %}</body></html>\n")
            .With("_layouts/post.html", "---\nlayout: default\n---\n<article>{{ content }}</article>{% if page.previous %}<a href=\"{{ page.previous.url | relative_url }}\">{{ page.previous.title }}</a>{% endif %}{% if page.next %}<a href=\"{{ page.next.url | relative_url }}\">{{ page.next.title }}</a>{% endif %}\n")
            .With("_layouts/archive.html", "---\nlayout: default\n---\n{% for post in page.posts %}<section>{{ post.title }}: {{ post.excerpt }}</section>{% endfor %}\n")
            .With("index.html", "---\nlayout: default\ntitle: Home\n---\n{% for post in paginator.posts %}<a href=\"{{ post.url | relative_url }}\">{{ post.title }}</a>{% endfor %}\n")
            .With("about.md", "---\nlayout: default\ntitle: About\npermalink: /about/\n---\nAbout us.\n\n{% include note.html text=\"hi\" %}\n")
            .With("tags.html", "---\nlayout: default\ntitle: Tags\n---\n{% for tag in site.tags %}<h2>{{ tag[0] }}</h2>{% for p in tag[1] %}{{ p.title }} {% endfor %}{% endfor %}\n")
            .With("recent.html", "---\nlayout: default\ntitle: Recent\n---\n{% for p in site.posts limit: 2 %}<section>{{ p.excerpt }}</section>{% endfor %}\n")
            .With("plain.html", "---\nlayout: default\ntitle: Plain\n---\n<p>No listings here.</p>\n")
            .With("assets/style.css", "body { color: black }\n")
            .With("_layouts/plain.html", "<!doctype html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body class=\"plain\">{{ content }}</body></html>\n")
            .With("chosen.md", "---\ntitle: Chosen\n---\nLaid out as the config's defaults say.\n")
            .With("_includes/widget-a.html", "<div>widget A</div>")
            .With("_includes/widget-b.html", "<div>widget B</div>")
            .With("widget.html", "---\nlayout: default\ntitle: Widget\nwidget: widget-a.html\n---\n{% assign w = page.widget %}{% include {{ w }} %}\n")
            .With("_data/colors.yml", "main: red\n")
            .With("palette.html", "---\nlayout: plain\ntitle: Palette\nkey: colors\n---\n<p>{{ site.data[page.key].main }}</p>\n")
            .With("count.html", "---\nlayout: plain\ntitle: Count\n---\n{% assign s = site %}{% assign all = s.posts %}<p>{{ all.size }} posts, the newest {{ all.first.title }}</p>\n")
            .WithBytes("assets/img/figure.png", TestImages.Png(300, 100));
        for (var day = 1; day <= 5; day++) WritePost(day, $"Post {day}");
    }

    public TempSite Site { get; }

    private const string LabSpec = "- id: native-start\n  kind: native-start\n  title: Native start\n  samples: 5\n  warmup: 1\n  timeout: 10s\n";

    public static async Task<IncrementalFixture> WithLabAsync(int seed)
    {
        var fixture = new IncrementalFixture(seed);
        fixture.Site
            .With("_lab/process.yml", LabSpec)
            .With("_posts/2024-02-06-measured.md",
                "---\nlayout: post\ntitle: Measured\ntags: t1\ncategories: c0\n---\nIt starts in {{ lab.native_start.start_ms | ms }}.\n\nMore.\n");
        await LabResults.WriteAsync(fixture.Site.Source, "native-start", 1, 2, 3, 4, 5);
        return fixture;
    }

    /// <summary>Applies one random change to the lab's inputs and says which: a result measured again, a spec edited.</summary>
    public async Task<string> EditLabAtRandomAsync()
    {
        var spec = Path.Combine(Site.Source, "_lab/process.yml");
        switch (_random.Next(3))
        {
            case 0:
                var median = _random.Next(1, 500);
                await LabResults.WriteAsync(Site.Source, "native-start", median - 1, median, median + 1);
                return $"lab run: median {median}";
            case 1:
                var text = await File.ReadAllTextAsync(spec);
                await File.WriteAllTextAsync(spec, text.Contains("samples: 5") ? text.Replace("samples: 5", "samples: 6") : text.Replace("samples: 6", "samples: 5"));
                return "edit the spec's samples (the result is stale, or fresh again)";
            default:
                var title = $"title: Native start {_random.Next(100)}";
                await File.WriteAllTextAsync(spec, System.Text.RegularExpressions.Regex.Replace(await File.ReadAllTextAsync(spec), "title: .*", title));
                return $"edit the spec's {title}";
        }
    }

    public BuildOptions Options(string destination) => new() { Source = Site.Source, Destination = Path.Combine(Site.Root, destination) };

    /// <summary>Applies one random edit and says which, for the failure message.</summary>
    public string EditAtRandom()
    {
        var (posts, post, name) = RandomPost();
        switch (_random.Next(22))
        {
            case 16:
                var widget = new[] { "widget-a.html", "widget-b.html" }[_random.Next(2)];
                Site.With($"_includes/{widget}", $"<div>{widget} {_random.Next(100)}</div>");
                return $"edit include {widget} (named by a variable)";
            case 17:
                var named = File.ReadAllText(Path.Combine(Site.Source, "widget.html"));
                Site.With("widget.html", named.Contains("widget-a.html") ? named.Replace("widget-a.html", "widget-b.html") : named.Replace("widget-b.html", "widget-a.html"));
                return "switch the include widget.html names";
            case 18:
                Site.With("_data/colors.yml", $"main: c{_random.Next(100)}\n");
                return "edit data read by a key in front matter";
            case 19:
                var config = File.ReadAllText(Path.Combine(Site.Source, "_config.yml"));
                Site.With("_config.yml", config.Contains("      layout: plain") ? config.Replace("      layout: plain", "      layout: default") : config.Replace("      layout: default", "      layout: plain"));
                return "switch the layout the config's defaults choose";
            case 20:
                Site.With("_layouts/plain.html", File.ReadAllText(Path.Combine(Site.Source, "_layouts/plain.html")) + $"<!-- {_random.Next()} -->");
                return "edit the layout the config's defaults choose";
            case 21:
                // Post 1 shows the figure in its body, post 2 in its excerpt (so the listings of excerpts show it too).
                Site.WithBytes("assets/img/figure.png", TestImages.Png(new[] { 200, 300, 500 }[_random.Next(3)], 100, (byte)_random.Next(256)));
                return "replace the figure with another image (wider or narrower than the 240 pixels version)";
            case 15:
                // Not a body edit for the kept plan: a collection's documents are assembled again (see SnapshotReader.SamePlace).
                File.AppendAllText(Path.Combine(Site.Source, "_guides/deploy.md"), $"\nMore deploying {_random.Next()}.\n");
                File.WriteAllText(Path.Combine(Site.Source, "_guides/start.md"),
                    File.ReadAllText(Path.Combine(Site.Source, "_guides/start.md")).Replace("\n---\n", $"\n---\nFirst {_random.Next()}. "));
                return "edit the bodies (and an excerpt) of guides";
            case 12:
                var guide = Path.Combine(Site.Source, "_guides/start.md");
                File.WriteAllText(guide, File.ReadAllText(guide).Replace("rank: ", $"rank: {_random.Next(3)}").Replace("title: ", $"title: G{_random.Next(10)} "));
                return "re-rank and rename a guide";
            case 13:
                var extra = Path.Combine(Site.Source, "_guides/extra.md");
                if (File.Exists(extra)) { File.Delete(extra); return "delete guide extra.md"; }
                Site.With("_guides/extra.md", $"---\nlayout: post\ntitle: Extra guide\nrank: {_random.Next(3)}\n---\nExtra.\n");
                return "create guide extra.md";
            case 14:
                Site.With("_notes/one.md", $"---\ntitle: Note {_random.Next(100)}\n---\nA note.\n");
                return "edit a note of a collection that is not written";
            case 0:
                return EditBodyAtRandom();
            case 1:
                File.WriteAllText(post, File.ReadAllText(post).Replace("title: ", $"title: Renamed {_random.Next(100)} "));
                return $"edit title of {name}";
            case 2:
                _created++;
                WritePost(6 + _created, $"New {_created}");
                return $"create post {_created}";
            case 3:
                var renamed = Path.Combine(Path.GetDirectoryName(post)!, $"2024-01-{_random.Next(10, 28)}-moved-{_random.Next(1000)}.md");
                if (File.Exists(renamed)) return "no-op";
                File.Move(post, renamed);
                return $"rename {name} to {Path.GetFileName(renamed)}";
            case 4:
                if (posts.Count <= 2) return "no-op";
                File.Delete(post);
                return $"delete {name}";
            case 5:
                Site.With("_layouts/post.html", File.ReadAllText(Path.Combine(Site.Source, "_layouts/post.html")) + $"<!-- {_random.Next()} -->");
                return "edit the post layout";
            case 6:
                var include = new[] { "nav.html", "footer.html", "note.html" }[_random.Next(3)];
                Site.With($"_includes/{include}", File.ReadAllText(Path.Combine(Site.Source, "_includes", include)) + $"<!-- {_random.Next()} -->");
                return $"edit include {include}";
            case 7:
                Site.With("_data/authors.yml", $"ann:\n  name: Ann {_random.Next(100)}\n");
                return "edit data";
            case 8:
                var page = Path.Combine(Site.Source, "extra.md");
                if (File.Exists(page)) { File.Delete(page); return "delete page extra.md"; }
                Site.With("extra.md", "---\nlayout: default\ntitle: Extra\n---\nSee {% link about.md %}.\n");
                return "create page extra.md";
            case 9:
                Site.With("assets/style.css", $"body {{ color: #{_random.Next(0xffffff):x6} }}\n");
                return "edit static file";
            case 10:
                File.WriteAllText(post, File.ReadAllText(post).Replace("tags: ", $"tags: t{_random.Next(4)} "));
                return $"retag {name}";
            default:
                Site.With("_config.yml", File.ReadAllText(Path.Combine(Site.Source, "_config.yml")).Replace("title: Fixture", "title: Fixture!"));
                return "edit config";
        }
    }

    /// <summary>One random edit, or now and then <c>minify:</c> switched off or on in the config.</summary>
    public string EditAtRandomOrSwitchMinify()
    {
        if (_random.Next(4) != 0) return EditAtRandom();
        var config = File.ReadAllText(Path.Combine(Site.Source, "_config.yml"));
        var on = config.Contains("minify: true", StringComparison.Ordinal);
        Site.With("_config.yml", on ? config.Replace("minify: true", "minify: false") : config.Replace("minify: false", "minify: true"));
        return on ? "switch minify off" : "switch minify on";
    }

    /// <summary>Applies one random edit of a document's body (front matter as it was) and says which.</summary>
    public string EditBodyAtRandom()
    {
        var (_, post, name) = RandomPost();
        switch (_random.Next(4))
        {
            case 0:
                File.AppendAllText(post, $"\nMore text {_random.Next()}.\n");
                return $"edit body of {name}";
            case 1:
                File.WriteAllText(post, File.ReadAllText(post).Replace("\n---\n", $"\n---\nFirst words {_random.Next()}. "));
                return $"edit the excerpt of {name}";
            case 2:
                File.AppendAllText(post, $"\nSee <a href=\"{{{{ '/about/' | relative_url }}}}\">{{{{ site.title }}}} {_random.Next()}</a>.\n");
                return $"add a Liquid link to the body of {name}";
            default:
                File.AppendAllText(Path.Combine(Site.Source, "about.md"), $"\nMore about us {_random.Next()}.\n");
                return "edit body of about.md";
        }
    }

    /// <summary>Every post's path, one of them picked at random, and its file name.</summary>
    private (List<string> Posts, string Post, string Name) RandomPost()
    {
        var posts = Directory.GetFiles(Path.Combine(Site.Source, "_posts")).Order(StringComparer.Ordinal).ToList();
        var post = posts[_random.Next(posts.Count)];
        return (posts, post, Path.GetFileName(post));
    }

    private void WritePost(int day, string title) =>
        Site.With($"_posts/2024-02-{day:00}-post-{day}.md",
            $"---\nlayout: post\ntitle: {title}\ntags: t{day % 3} common\ncategories: c{day % 2}\n---\nBody of {title}.{Figure(day)}\n");

    private static string Figure(int day) => day switch
    {
        1 => "\n\n![The figure](/assets/img/figure.png)",
        2 => " ![The figure](/assets/img/figure.png)",
        _ => "",
    };

    public void Dispose() => Site.Dispose();
}
