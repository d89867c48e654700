using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Tests.Docker;

/// <summary>
/// A real OpenSSH server on 127.0.0.1 and a free port, with everything of its own in a temporary folder: host key,
/// the client key it accepts for root, its config and pid file, and the known host entry the lab's ssh is given
/// (<see cref="Endpoint"/>). The machine's own ssh setup is not touched. Disposing stops it and
/// removes the folder.
/// </summary>
public sealed class SshServer : IAsyncLifetime
{
    private RunningProcess? _sshd;

    public string Folder { get; } = Directory.CreateTempSubdirectory("blog-lab-test-sshd-").FullName;
    public int Port { get; private set; }
    /// <summary>The key the server accepts for root.</summary>
    public string ClientKey => Path.Combine(Folder, "client");
    /// <summary>A key the server does not accept.</summary>
    public string StrangerKey => Path.Combine(Folder, "stranger");

    /// <summary>
    /// <c>ssh://root@127.0.0.1:PORT</c>, its ssh told (<c>-F /dev/null</c>: no system or user config) to log in
    /// with <paramref name="identity"/> (default: the accepted key) and to know this server's host key.
    /// </summary>
    public DockerEndpoint Endpoint(string? identity = null) =>
        DockerEndpoint.Parse($"ssh://root@127.0.0.1:{Port}", "1.41") with
        {
            SshArguments =
            [
                "-F", "/dev/null",
                "-o", $"UserKnownHostsFile={Folder}/known_hosts",
                "-o", "StrictHostKeyChecking=yes",
                "-o", "IdentitiesOnly=yes",
                "-i", identity ?? ClientKey,
            ],
        };

    public async Task InitializeAsync()
    {
        Port = FreePort();
        await KeyGenAsync("host_key");
        await KeyGenAsync("client");
        await KeyGenAsync("stranger");
        File.Copy(Path.Combine(Folder, "client.pub"), Path.Combine(Folder, "authorized_keys"));
        var hostKey = (await File.ReadAllTextAsync(Path.Combine(Folder, "host_key.pub"))).Trim();
        await File.WriteAllTextAsync(Path.Combine(Folder, "known_hosts"), $"[127.0.0.1]:{Port} {hostKey}\n");
        await File.WriteAllLinesAsync(Path.Combine(Folder, "sshd_config"),
        [
            $"Port {Port}",
            "ListenAddress 127.0.0.1",
            $"HostKey {Folder}/host_key",
            $"PidFile {Folder}/sshd.pid",
            $"AuthorizedKeysFile {Folder}/authorized_keys",
            "PermitRootLogin prohibit-password",
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "UsePAM no",
            "StrictModes no", // the folder lies under /tmp, which is world-writable
            "AllowStreamLocalForwarding yes",
        ]);
        // sshd refuses to start without its privilege separation folder, which only a booted system creates.
        Directory.CreateDirectory("/run/sshd");
        _sshd = ChildProcess.Start(new ProcessCommand("/usr/sbin/sshd", "-D", "-e", "-f", Path.Combine(Folder, "sshd_config")));
        await WaitForPortAsync();
    }

    public async Task DisposeAsync()
    {
        if (_sshd is not null) await _sshd.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>ssh client processes still running with an argument that mentions <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Pid, string[] Argv)> SshProcessesMentioning(string text)
    {
        var found = new List<(int, string[])>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string[] argv;
            try
            {
                argv = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // it exited while we looked
            }
            if (Path.GetFileName(argv[0]) == "ssh" && argv.Any(a => a.Contains(text, StringComparison.Ordinal))) found.Add((pid, argv));
        }
        return found;
    }

    private async Task KeyGenAsync(string name)
    {
        var result = await ChildProcess.RunAsync(new ProcessCommand("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", Path.Combine(Folder, name)), default);
        Assert.True(result.Succeeded, result.StandardError);
    }

    private async Task WaitForPortAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            Assert.False(_sshd!.Process.HasExited, "sshd exited at start");
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"sshd did not listen on 127.0.0.1:{Port}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
