// Ctrl+C and SIGTERM cancel the token instead of killing the process (see Interruption): every command unwinds through
// its cleanup; the lab's then exit with the signal's code (LabSignalExit).
using var interruption = new Blog.Cli.Interruption();
return await Blog.Cli.BlogApp.RunAsync(args, console: null, interruption, interruption.Token);
