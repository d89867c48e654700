using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Blog.Lab.Runtimes;

/// <summary>
/// Starts a program with <c>posix_spawn</c> and reaps it with <c>waitpid</c>, nothing in between: what a
/// start-up time should contain, and what independent tools (hyperfine) do. <see cref="System.Diagnostics.Process"/>
/// adds pipes, a SIGCHLD round trip through the runtime and a thread-pool hop, about a millisecond here.
/// The child leads its own process group, so cancellation kills it and anything it started.
/// </summary>
public static partial class Spawn
{
    private const int PosixSpawnSetPgroup = 0x02; // POSIX_SPAWN_SETPGROUP on Linux (glibc)
    private const int SigKill = 9;

    /// <summary>
    /// Runs <paramref name="command"/> to its end and returns the exit code and the wall time from spawn to reap.
    /// Blocks the calling thread on purpose: awaiting a wait on another thread hands the caller back to the
    /// thread pool, whose idle worker spins before it sleeps, during the measurement; on the loaded two-core
    /// machine that made busybox <c>true</c> 0.15-0.35 ms slower (bench/spawn-probe.sh).
    /// </summary>
    public static (int ExitCode, TimeSpan Elapsed) Run(ProcessCommand command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Everything but the spawn and the wait happens before the clock starts.
        using var prepared = new PreparedCommand(Resolve(command.FileName), command);
        var child = new SpawnedChild();
        using var kill = cancellationToken.Register(child.KillGroup);
        var clock = Stopwatch.StartNew();
        child.Pid = prepared.Start();
        // A cancellation that came before the pid was known found nothing to kill.
        if (cancellationToken.IsCancellationRequested) child.KillGroup();
        var status = WaitFor(child.Pid);
        clock.Stop();
        cancellationToken.ThrowIfCancellationRequested();
        return (DecodeStatus(status), clock.Elapsed);
    }

    /// <summary>The child's pid as cancellation sees it: 0 until it is spawned.</summary>
    private sealed class SpawnedChild
    {
        private int _pid;

        public int Pid
        {
            get => Volatile.Read(ref _pid);
            set => Volatile.Write(ref _pid, value);
        }

        /// <summary>Kills the whole group; the waiting thread then reaps the leader.</summary>
        public void KillGroup()
        {
            var pid = Pid;
            if (pid > 0) _ = Kill(-pid, SigKill);
        }
    }

    /// <summary>argv, envp and the spawn attributes in native memory, ready for <c>posix_spawn</c>.</summary>
    private sealed unsafe class PreparedCommand : IDisposable
    {
        private readonly string _path;
        private readonly string _name;
        private readonly string[] _argv;
        private readonly string[] _env;
        private readonly IntPtr _argvPtr;
        private readonly IntPtr _envPtr;
        private readonly byte* _attr;

        public PreparedCommand(string path, ProcessCommand command)
        {
            _path = path;
            _name = command.FileName;
            _argv = [command.FileName, .. command.Arguments];
            _env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                .Where(e => !command.Environment.ContainsKey((string)e.Key))
                .Select(e => $"{e.Key}={e.Value}")
                .Concat(command.Environment.Select(e => $"{e.Key}={e.Value}")).ToArray();
            _argvPtr = ToCStrings(_argv);
            _envPtr = ToCStrings(_env);
            _attr = (byte*)NativeMemory.AllocZeroed(512); // posix_spawnattr_t is 336 bytes with glibc on x86-64
            Check(PosixSpawnattrInit(_attr), "posix_spawnattr_init");
            Check(PosixSpawnattrSetflags(_attr, PosixSpawnSetPgroup), "posix_spawnattr_setflags");
            Check(PosixSpawnattrSetpgroup(_attr, 0), "posix_spawnattr_setpgroup");
        }

        public int Start()
        {
            int pid;
            var error = PosixSpawn(&pid, _path, IntPtr.Zero, _attr, _argvPtr, _envPtr);
            if (error != 0) throw new InvalidOperationException($"cannot start {_name}: {Marshal.GetPInvokeErrorMessage(error)}");
            return pid;
        }

        public void Dispose()
        {
            PosixSpawnattrDestroy(_attr);
            NativeMemory.Free(_attr);
            FreeCStrings(_argvPtr, _argv.Length);
            FreeCStrings(_envPtr, _env.Length);
        }
    }

    private static int WaitFor(int pid)
    {
        while (true)
        {
            var r = WaitPid(pid, out var status, 0);
            if (r == pid) return status;
            if (Marshal.GetLastPInvokeError() != 4) // EINTR: a signal arrived, wait again
                throw new InvalidOperationException($"waitpid({pid}) failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
    }

    /// <summary>The exit code, or 128 + the signal number for a killed process (as shells report it).</summary>
    private static int DecodeStatus(int status) => (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);

    private static string Resolve(string file)
    {
        if (file.Contains('/')) return file;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':'))
        {
            var candidate = Path.Combine(dir, file);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{file} is not on PATH");
    }

    private static void Check(int error, string call)
    {
        if (error != 0) throw new InvalidOperationException($"{call} failed: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    private static IntPtr ToCStrings(string[] strings)
    {
        var array = Marshal.AllocHGlobal(IntPtr.Size * (strings.Length + 1));
        for (var i = 0; i < strings.Length; i++) Marshal.WriteIntPtr(array, i * IntPtr.Size, Marshal.StringToCoTaskMemUTF8(strings[i]));
        Marshal.WriteIntPtr(array, strings.Length * IntPtr.Size, IntPtr.Zero);
        return array;
    }

    private static void FreeCStrings(IntPtr array, int count)
    {
        for (var i = 0; i < count; i++) Marshal.FreeCoTaskMem(Marshal.ReadIntPtr(array, i * IntPtr.Size));
        Marshal.FreeHGlobal(array);
    }

    [LibraryImport("libc", EntryPoint = "posix_spawn", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int PosixSpawn(int* pid, string path, IntPtr fileActions, byte* attr, IntPtr argv, IntPtr envp);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_init")]
    private static unsafe partial int PosixSpawnattrInit(byte* attr);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_destroy")]
    private static unsafe partial int PosixSpawnattrDestroy(byte* attr);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setflags")]
    private static unsafe partial int PosixSpawnattrSetflags(byte* attr, short flags);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setpgroup")]
    private static unsafe partial int PosixSpawnattrSetpgroup(byte* attr, int pgroup);

    [LibraryImport("libc", EntryPoint = "waitpid", SetLastError = true)]
    private static partial int WaitPid(int pid, out int status, int options);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
