using Blog.Lab.Measurement;

namespace Blog.Lab.Tests.Measurement;

public class MachineLoadTests
{
    [Fact]
    public void The_one_minute_average_is_the_first_field_of_loadavg() =>
        Assert.Equal(0.52, MachineLoad.ParseOneMinute("0.52 0.58 0.59 1/467 12345\n"));

    [Fact]
    public void A_loadavg_without_a_number_is_an_error() =>
        Assert.Throws<FormatException>(() => MachineLoad.ParseOneMinute("busy 0.58 0.59\n"));

    [Fact]
    public void Provenance_fields_show_the_load_before_and_after()
    {
        var fields = (TestData.Provenance with { Load = new MachineLoad(0.25, 1.5) }).Fields();
        Assert.Equal(("0.25", "1.50"), (fields["load_before"], fields["load_after"]));
    }

    [Fact]
    public void Provenance_without_a_recorded_load_shows_no_load_fields() =>
        Assert.DoesNotContain("load_before", TestData.Provenance.Fields().Keys);
}
