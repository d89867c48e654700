
// Ctrl+C and SIGTERM cancel the token instead of killing the process (see Interruption). The lab exits with the
// signal's code; the site's commands keep their own (serve stopped by Ctrl+C exits 0).
using var interruption = new Blog.Cli.Interruption();

if (args.Length > 0 && args[0] == "lab")
    return interruption.ExitCode(await Blog.Cli.Lab.LabCommand.RunAsync(args[1..], interruption.Token));

return await Blog.Cli.BlogApp.Create().RunAsync(args, interruption.Token);
