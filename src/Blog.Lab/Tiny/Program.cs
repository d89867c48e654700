// Without arguments: exit at once (start-up time). With "idle": say "ready", then sleep (idle memory).
if (args.Length > 0 && args[0] == "idle")
{
    System.Console.Out.WriteLine("ready");
    System.Console.Out.Flush();
    System.Threading.Thread.Sleep(600_000);
}
