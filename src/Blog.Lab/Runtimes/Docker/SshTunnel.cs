using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// The way to an engine behind <c>DOCKER_HOST=ssh://user@host[:port]</c>. Docker.DotNet has no SSH transport, so,
/// like the Docker CLI, the lab lets the system's OpenSSH client do the SSH: <c>ssh -L</c> forwards a unix socket
/// in a private temporary folder to the remote <c>/var/run/docker.sock</c>, and the client talks to that socket.
/// The user's own ssh configuration, keys and known hosts apply; <c>BatchMode</c> makes a missing key or an unknown
/// host key fail at once instead of prompting. Disposing kills ssh and removes the folder; a tunnel that is not up
/// within its timeout, or an ssh that exits, is a <see cref="DockerUnavailableException"/> carrying ssh's own words.
/// </summary>
public sealed class SshTunnel : IDisposable
{
    /// <summary>Folders of tunnels start with this, so <c>lab clean</c> can find what a hard-killed lab left.</summary>
    public const string FolderPrefix = "blog-lab-ssh-";
    public const string RemoteSocket = "/var/run/docker.sock";

    private readonly Process _ssh;
    private readonly string _folder;

    private SshTunnel(Process ssh, string folder, string localSocket)
    {
        _ssh = ssh;
        _folder = folder;
        LocalSocket = localSocket;
    }

    /// <summary>The local end: <c>unix://</c> this path reaches the remote engine.</summary>
    public string LocalSocket { get; }

    public int ProcessId => _ssh.Id;

    /// <summary>The ssh command line for <paramref name="endpoint"/>, forwarding <paramref name="localSocket"/>.</summary>
    public static ProcessCommand Command(DockerEndpoint endpoint, string localSocket, TimeSpan timeout)
    {
        var uri = endpoint.Uri;
        var arguments = new List<string>
        {
            "-o", "BatchMode=yes",                 // never prompt for a password or a host key: fail with a message
            "-o", "ExitOnForwardFailure=yes",      // a socket that cannot be bound ends ssh instead of leaving it idle
            "-o", $"ConnectTimeout={Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds))}",
            "-o", "ServerAliveInterval=10",        // a host that goes away ends the tunnel
            "-nNT",
        };
        arguments.AddRange(endpoint.SshArguments);
        if (uri.Port > 0) arguments.AddRange(["-p", uri.Port.ToString()]);
        arguments.AddRange(["-L", $"{localSocket}:{RemoteSocket}", "--", SshDestination(uri)]);
        return new ProcessCommand("ssh", arguments);
    }

    /// <summary>Starts ssh and waits until the forwarded socket accepts a connection.</summary>
    public static async Task<SshTunnel> OpenAsync(DockerEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName; // mode 0700: the socket is ours alone
        var socket = Path.Combine(folder, "docker.sock");
        Process ssh;
        try
        {
            ssh = Start(Command(endpoint, socket, timeout));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception)
        {
            Directory.Delete(folder, recursive: true);
            throw new DockerUnavailableException(
                $"DOCKER_HOST={endpoint}: the lab reaches an engine over ssh with the OpenSSH client, which is not installed: apt-get install openssh-client", e);
        }
        var tunnel = new SshTunnel(ssh, folder, socket);
        try
        {
            await tunnel.WaitUntilUpAsync(endpoint, timeout, cancellationToken);
            return tunnel;
        }
        catch
        {
            tunnel.Dispose();
            throw;
        }
    }

    /// <summary>
    /// <c>lab clean</c>: kills the ssh tunnels a hard-killed lab left running (found by their <c>-L</c> into a
    /// <see cref="FolderPrefix"/> folder in /proc's command lines) and removes those folders; one line per thing removed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RemoveLeftoversAsync(CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        var prefix = Path.Combine(Path.GetTempPath(), FolderPrefix);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string[] argv;
            try
            {
                argv = (await File.ReadAllTextAsync(Path.Combine(dir, "cmdline"), cancellationToken)).TrimEnd('\0').Split('\0');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // it exited while we looked
            }
            var forward = Array.IndexOf(argv, "-L");
            if (Path.GetFileName(argv[0]) != "ssh" || forward < 0 || forward + 1 >= argv.Length ||
                !argv[forward + 1].StartsWith(prefix, StringComparison.Ordinal)) continue;
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                await process.WaitForExitAsync(cancellationToken);
                removed.Add($"ssh tunnel (pid {pid}) to {argv[^1]}");
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Gone between the scan and the kill.
            }
        }
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            Directory.Delete(folder, recursive: true);
            removed.Add($"ssh tunnel folder {folder}");
        }
        return removed;
    }

    private static Process Start(ProcessCommand command)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardError = true, // ssh's reason when it fails (auth, unreachable, host key)
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in command.Arguments) info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start ssh");
    }

    private async Task WaitUntilUpAsync(DockerEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stderr = _ssh.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            while (true)
            {
                if (_ssh.HasExited)
                {
                    var why = (await stderr).Trim();
                    throw new DockerUnavailableException(
                        $"ssh to {endpoint} failed (exit {_ssh.ExitCode}): {(why.Length > 0 ? why : "no message")}{Hint(why)}");
                }
                if (File.Exists(LocalSocket) && await AcceptsAsync(LocalSocket, limit.Token)) return;
                await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DockerUnavailableException(
                $"ssh to {endpoint} did not open its tunnel within {timeout.TotalSeconds:0.###}s (host slow or unreachable?)");
        }
    }

    private static async Task<bool> AcceptsAsync(string path, CancellationToken cancellationToken)
    {
        using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await probe.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false; // bound but not listening yet
        }
    }

    private static string Hint(string sshMessage) =>
        sshMessage.Contains("Permission denied", StringComparison.Ordinal)
            ? " (the lab runs ssh without prompting: load a key that the host accepts into ssh-agent or ~/.ssh/config)"
            : sshMessage.Contains("Host key verification failed", StringComparison.Ordinal)
                ? " (the host's key is not known: connect once with ssh to accept it)"
                : "";

    private static string SshDestination(Uri uri) =>
        (uri.UserInfo.Length > 0 ? Uri.UnescapeDataString(uri.UserInfo) + "@" : "") + uri.Host;

    public void Dispose()
    {
        try
        {
            if (!_ssh.HasExited) _ssh.Kill(entireProcessTree: true);
            _ssh.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        _ssh.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
