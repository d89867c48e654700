using Blog.Lab.Liquid;

namespace Blog.Lab.Tests.Liquid;

public class LabReferencesTests
{
    [Fact]
    public void A_variable_use_is_found_at_the_word_lab() =>
        Assert.Equal((4, 11), LabReferences.FindExperiment("---\ntitle: x\n---\nStart: {{ lab.container_start.start_ms | ms }}\n", "container-start"));

    [Fact]
    public void The_id_may_be_written_with_dashes_or_underscores() =>
        Assert.Equal((1, 4), LabReferences.FindExperiment("{{ lab.container-start.start_ms }}", "container-start"));

    [Fact]
    public void A_bracketed_use_is_found() =>
        Assert.Equal((2, 4), LabReferences.FindExperiment("a\n{{ lab[\"vm-boot\"].boot_ms }}", "vm-boot"));

    [Fact]
    public void A_use_in_a_tag_is_found_at_the_id() =>
        Assert.Equal((2, 24), LabReferences.FindExperiment("intro\n{% lab_table jvm-start vm-boot:boot_ms %}", "vm-boot"));

    [Fact]
    public void An_id_that_only_prefixes_another_is_not_a_use() =>
        Assert.Null(LabReferences.FindExperiment("{{ lab.vm_boot_cold.boot_ms }} {% lab_chart vm-boot-cold %}", "vm-boot"));

    [Fact]
    public void The_first_use_in_the_text_wins() =>
        Assert.Equal((1, 14), LabReferences.FindExperiment("{% lab_chart jvm-start %}\n{{ lab.jvm_start }}", "jvm-start"));

    [Fact]
    public void A_tag_is_found_by_its_name() =>
        Assert.Equal((2, 1), LabReferences.FindTag("{% lab_table a %}\n{%- lab_chart metric=x a %}", "lab_chart"));
}
