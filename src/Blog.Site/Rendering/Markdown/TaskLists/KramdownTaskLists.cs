using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.TaskLists;

/// <summary>
/// GFM task lists as kramdown-parser-gfm writes them: <c>ul.task-list &gt; li.task-list-item</c> starting with
/// <c>&lt;input type="checkbox" class="task-list-item-checkbox" disabled="disabled" /&gt;</c>, the whitespace after
/// <c>[ ]</c> dropped.
/// </summary>
internal sealed class KramdownTaskLists : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<HtmlTaskListRenderer>(new CheckboxRenderer());
    }

    /// <summary>
    /// Sets kramdown's classes and trims the text after each box. As in kramdown-parser-gfm, the list gets
    /// <c>task-list</c>, and every item from the first task item on that starts with a paragraph gets <c>task-list-item</c>.
    /// </summary>
    public static void Apply(MarkdownDocument document)
    {
        foreach (var task in document.Descendants<TaskList>().ToList())
        {
            if (task.NextSibling is LiteralInline literal)
            {
                var content = literal.Content;
                content.TrimStart();
                literal.Content = content;
            }
        }
        foreach (var list in document.Descendants<ListBlock>())
        {
            list.TryGetAttributes()?.Classes?.Remove("contains-task-list");
            var tasks = false;
            foreach (var block in list)
            {
                var item = (ListItemBlock)block;
                item.TryGetAttributes()?.Classes?.Remove("task-list-item");
                if (item.Count == 0 || item[0] is not ParagraphBlock paragraph) continue;
                tasks |= paragraph.Inline?.FirstChild is TaskList;
                if (tasks) item.GetAttributes().AddClass("task-list-item");
            }
            if (tasks) list.GetAttributes().AddClass("task-list");
        }
    }

    private sealed class CheckboxRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList task) =>
            renderer.Write(task.Checked
                ? "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />"
                : "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />");
    }
}
