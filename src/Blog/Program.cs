// The command line: parses arguments, calls Blog.Site and Blog.Lab, prints. Filled in by the build stage.
return 0;
