namespace Blog.Lab.Liquid.Html;

/// <summary>A row of the summary: what runs (a native process, the JVM...).</summary>
internal sealed record SummaryRow(string Key, string Name);

/// <summary>
/// A column of the summary: one property measured for each row, whether it has a native baseline to compare with,
/// and what to say where a row has no measurement of it.
/// </summary>
internal sealed record SummaryColumn(string Key, string Name, bool Relative, string Missing);

/// <summary>
/// Where a result of a kind goes in the summary: its row, its column, the metric shown, and, where the experiment
/// measured its own native baseline side by side (the VM's CPU loop), the ratio metric that compares with it.
/// <paramref name="Parts"/> are metrics of the same result that make up the shown one (a VM's kernel and initramfs).
/// </summary>
internal sealed record SummarySlot(string Kind, string Row, string Column, string Metric, string? OwnRatio = null, IReadOnlyList<string>? Parts = null);

/// <summary>
/// The summary's shape, by experiment kind: the kinds are the lab's, so which result answers "how fast does a
/// container start" is known here once, and the numbers always come from the results.
/// </summary>
internal static class SummaryLayout
{
    public const string Native = "native";

    public static readonly IReadOnlyList<SummaryRow> Rows =
    [
        new(Native, "Native process"),
        new("jvm", "JVM"),
        new("dotnet", ".NET"),
        new("container", "Container"),
        new("vm", "VM"),
    ];

    public static readonly IReadOnlyList<SummaryColumn> Columns =
    [
        new("start", "Start-up", true, "no start-up experiment"),
        new("memory", "Idle memory", true, "no idle-memory experiment"),
        new("ships", "Boots / ships", false, "nothing of its own: it runs from files already on the host"),
        new("cpu", "CPU loop", true, "not measured: the loop is a busybox shell script, which runs natively, in a container and in a VM; the lab has no program for this runtime"),
    ];

    public static readonly IReadOnlyList<SummarySlot> Slots =
    [
        new("native-start", Native, "start", "start_ms"),
        new("jvm-start", "jvm", "start", "start_ms"),
        new("dotnet-start", "dotnet", "start", "start_ms"),
        new("container-start", "container", "start", "run_ms"),
        new("vm-boot", "vm", "start", "boot_ms"),
        new("native-idle-memory", Native, "memory", "rss_bytes"),
        new("jvm-idle-memory", "jvm", "memory", "rss_bytes"),
        new("dotnet-idle-memory", "dotnet", "memory", "rss_bytes"),
        new("container-idle-memory", "container", "memory", "memory_bytes"),
        new("vm-idle-memory", "vm", "memory", "rss_bytes"),
        new("container-image", "container", "ships", "image_bytes"),
        new("vm-image-size", "vm", "ships", "total_bytes", Parts: ["kernel_bytes", "initramfs_bytes"]),
        new("native-cpu", Native, "cpu", "workload_ms"),
        new("container-cpu", "container", "cpu", "workload_ms"),
        new("vm-cpu", "vm", "cpu", "guest_workload_host_observed_ms", OwnRatio: "overhead_ratio"),
    ];

    public static SummarySlot? SlotOf(string kind) => Slots.FirstOrDefault(s => s.Kind == kind);
}
