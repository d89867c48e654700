using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class ViewportTests(SiteFixture fixture)
{
    [Fact]
    public async Task No_page_scrolls_horizontally_in_a_375_px_wide_viewport()
    {
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } };
        var overflows = await fixture.OnEveryPageAsync(options, async (page, url) =>
        {
            await page.GotoAsync(url);
            var widths = await page.EvaluateAsync<int[]>(
                "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
            var (scrollWidth, clientWidth) = (widths[0], widths[1]);
            return scrollWidth > clientWidth ? $"{url}: scrollWidth {scrollWidth} > clientWidth {clientWidth}" : null;
        });

        Problems.AssertNone(overflows.OfType<string>());
    }

    // Every table cell and caption of the page, and where it lies; a lab table's cell also says which column's
    // name it shows before its value (on a phone the header row is hidden and each cell names its column).
    private const string TableBoxes = """
        () => {
          const width = document.documentElement.clientWidth;
          const problems = [];
          document.querySelectorAll('main table').forEach((table, i) => {
            const name = `table ${i + 1} (${(table.caption?.textContent ?? '').slice(0, 40)})`;
            const head = table.tHead?.getBoundingClientRect();
            const headHidden = head && head.width <= 1;
            const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map(c => c.textContent);
            for (const cell of table.querySelectorAll('caption, th, td')) {
              if (headHidden && cell.closest('thead')) continue;
              const r = cell.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.left < -0.5 || r.right > width + 0.5)
                problems.push(`${name}: '${cell.textContent.slice(0, 30)}' spans ${r.left.toFixed(0)}–${r.right.toFixed(0)} of ${width}`);
              if (headHidden && cell.tagName === 'TD' && cell.dataset.label) {
                const shown = getComputedStyle(cell, '::before').content;
                if (shown !== JSON.stringify(cell.dataset.label) || !headers.includes(cell.dataset.label))
                  problems.push(`${name}: a cell shows ${shown} for its column '${cell.dataset.label}'`);
              }
            }
          });
          return problems;
        }
        """;

    [Fact]
    public async Task At_375_px_no_table_cuts_off_a_column_or_its_caption()
    {
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } };
        var problems = await fixture.OnEveryPageAsync(options, async (page, url) =>
        {
            await page.GotoAsync(url);
            return (await page.EvaluateAsync<string[]>(TableBoxes)).Select(p => $"{url}: {p}").ToList();
        });

        Problems.AssertNone(problems.SelectMany(p => p));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task No_lab_table_cell_s_text_spills_out_of_its_cell(int width)
    {
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } };
        await using var context = await fixture.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url(SiteFixture.PostPath));

        var spills = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table.lab-table th, table.lab-table td')]
              .filter(c => c.getBoundingClientRect().width > 1 && c.scrollWidth > c.clientWidth + 1)
              .map(c => `'${c.textContent.slice(0, 40)}': ${c.scrollWidth} px of text in a ${c.clientWidth} px cell`)
            """);

        Problems.AssertNone(spills);
    }

    // The check above passes only when nothing is reported: this shows that a cut column would be.
    [Fact]
    public async Task A_table_wider_than_the_phone_is_reported()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<main><div style=\"overflow:auto\"><table><tr><td>a</td><td style=\"min-width:600px\">wide</td></tr></table></div></main>");

        var problems = await page.EvaluateAsync<string[]>(TableBoxes);

        Assert.Contains(problems, p => p.Contains("'wide'"));
    }
}
