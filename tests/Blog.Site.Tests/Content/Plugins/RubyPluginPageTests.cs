using Blog.Site.Build;
using Blog.Site.Diagnostics;

namespace Blog.Site.Tests.Content.Plugins;

/// <summary>
/// A site's own Ruby generator plugins run in real Ruby with Jekyll loaded (Debian's jekyll package), and the pages they
/// add are rendered by Blog: here a tag-page generator in the common shape of Jekyll themes (a page per tag, paginated
/// with jekyll-paginate's Pager, read from a layout file), as the jasper theme ships it.
/// </summary>
[Collection(Jekyll.JekyllCollection.Name)]
public class RubyPluginPageTests
{
    private const string TagGenerator = """
        module Jekyll
          class TagPagesGenerator < Generator
            safe true
            def generate(site)
              site.tags.each do |tag, posts|
                posts = posts.sort_by { |p| -p.date.to_f }
                pages = Jekyll::Paginate::Pager.calculate_pages(posts, 1)
                (1..pages).each do |number|
                  page = TagPage.new(site, site.source, number > 1 ? "/tag/#{tag}/page#{number}" : "/tag/#{tag}", tag)
                  page.pager = Jekyll::Paginate::Pager.new(site, number, posts, pages)
                  site.pages << page
                end
              end
            end
          end

          class TagPage < Page
            def initialize(site, base, dir, tag)
              @site = site; @base = base; @dir = dir; @name = "index.html"
              process(@name)
              read_yaml(File.join(base, "_layouts"), "tag.html")
              data["tag"] = tag
            end
          end
        end
        """;

    private static Support.TempSite Site(string generator = TagGenerator, string config = "") => new Support.TempSite()
        .With("_config.yml", "title: T\nplugins: [jekyll-paginate]\npaginate: 1\n" + config)
        .With("_plugins/tags.rb", generator)
        .With("_layouts/default.html", "<html><body>{{ content }}</body></html>\n")
        .With("_layouts/tag.html", "---\nlayout: default\n---\n<h1>{{ page.tag }}</h1>{% for post in paginator.posts %}<a href=\"{{ post.url }}\">{{ post.title }}</a>{% endfor %} page {{ paginator.page }} of {{ paginator.total_pages }}\n")
        .With("_posts/2024-01-01-first.md", "---\ntitle: First\ntags: [ops]\n---\nx\n")
        .With("_posts/2024-01-02-second.md", "---\ntitle: Second\ntags: [ops, vm]\n---\nx\n");

    [Fact]
    public async Task The_pages_a_ruby_generator_adds_are_rendered_with_their_layout_data_and_paginator()
    {
        using var site = Site();

        await new SiteBuilder().BuildAsync(site.Options());

        Assert.Equal("<html><body><h1>ops</h1><a href=\"/2024/01/02/second.html\">Second</a> page 1 of 2\n</body></html>\n", site.Output("tag/ops/index.html"));
        Assert.Contains("<a href=\"/2024/01/01/first.html\">First</a> page 2 of 2", site.Output("tag/ops/page2/index.html"));
        Assert.Contains("<h1>vm</h1>", site.Output("tag/vm/index.html"));
    }

    [Fact]
    public async Task With_safe_true_plugins_do_not_run_as_in_jekyll()
    {
        using var site = Site(config: "safe: true\n");

        await new SiteBuilder().BuildAsync(site.Options());

        Assert.False(Directory.Exists(Path.Combine(site.Destination, "tag")));
    }

    [Fact]
    public async Task A_plugin_that_fails_is_reported_at_its_file_and_line_and_the_build_fails()
    {
        using var site = Site("module Jekyll\n  class Broken < Generator\n    def generate(site)\n      raise \"no tags today\"\n    end\n  end\nend\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        var error = Assert.Single(failed.Errors);
        Assert.Equal("_plugins/tags.rb:4:1", error.Position.ToString());
        Assert.Contains("no tags today", error.Message);
    }
}
