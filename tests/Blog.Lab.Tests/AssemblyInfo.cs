// The lab's tests start real processes, containers and VMs and look for what is left afterwards: run one
// test class at a time, as the lab itself runs one experiment at a time, so a VM booted by one class is
// never taken for a leftover of another (and measurements do not compete for the two cores).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
