// Times posix_spawn -> waitpid of a program exactly as the lab's Spawn.RunAsync does (POSIX_SPAWN_SETPGROUP,
// pgroup 0, the parent's environment, no file actions; the clock starts right before posix_spawn and stops
// right after waitpid returns), and can give its own process, one switch at a time, the properties of the
// lab's .NET process that might make a spawn slower. Prints the median and quartiles of the kept samples.
//
//   spawn_probe [switches] -- /bin/busybox true
//   -n N          samples kept (default 500)        -w N   warm-up spawns, discarded (default 3)
//   -f N          N extra open fds with O_CLOEXEC    -F N   N extra open fds without O_CLOEXEC
//   -t N          N idle extra threads (blocked, as the .NET runtime's are)
//   -m MB         MB of heap, touched (resident)     -M N   N separate mappings (as many VMAs as the lab)
//   -s            handlers for the signals the .NET runtime catches (SIGCHLD excluded)
//   -c            a SIGCHLD handler that writes to a pipe read by a thread, as .NET's SigHandler thread does
//   -T            each spawn on a fresh thread, created before and joined after the clock (as the lab)
//   -g US         sleep US microseconds between samples (the lab's pause between samples)
//   -S US         a sibling thread busy-spins (pause instructions) for US microseconds from the start of
//                 each spawn, as an idle .NET thread-pool worker does after it has started the lab's sample
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static char **child_argv;
static int sigchld_pipe[2];
static int spin_us;
static sem_t spin_go;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void die(const char *what, int error)
{
    fprintf(stderr, "spawn_probe: %s: %s\n", what, strerror(error));
    exit(2);
}

// One sample: the lab's clock placement (spawn attributes prepared before the clock starts).
static double spawn_once(void)
{
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    if (spin_us) sem_post(&spin_go);
    double start = now_ms();
    pid_t pid;
    int error = posix_spawn(&pid, child_argv[0], NULL, &attr, child_argv, environ);
    if (error) die("posix_spawn", error);
    int status;
    while (waitpid(pid, &status, 0) != pid)
        if (errno != EINTR) die("waitpid", errno);
    double elapsed = now_ms() - start;
    posix_spawnattr_destroy(&attr);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) { fprintf(stderr, "spawn_probe: child failed\n"); exit(2); }
    return elapsed;
}

static void *spawn_on_thread(void *result)
{
    *(double *)result = spawn_once();
    return NULL;
}

static void *idle_thread(void *unused)
{
    (void)unused;
    for (;;) pause();
    return NULL;
}

static void *spinner(void *unused)
{
    (void)unused;
    for (;;) {
        while (sem_wait(&spin_go)) {}
        double until = now_ms() + spin_us / 1e3;
        while (now_ms() < until) __builtin_ia32_pause();
    }
    return NULL;
}

static void *sigchld_reader(void *unused)
{
    (void)unused;
    char code;
    for (;;)
        if (read(sigchld_pipe[0], &code, 1) < 0 && errno != EINTR) return NULL;
}

static void on_signal(int sig, siginfo_t *info, void *context)
{
    (void)info; (void)context;
    int saved = errno;
    char code = (char)sig;
    if (sig == SIGCHLD) (void)!write(sigchld_pipe[1], &code, 1);
    errno = saved;
}

static void catch_signal(int sig)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
    if (sigaction(sig, &sa, NULL)) die("sigaction", errno);
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int samples = 500, warmup = 3, fds = 0, inherited_fds = 0, threads = 0, heap_mb = 0, maps = 0;
    int handlers = 0, sigchld = 0, fresh_thread = 0, gap_us = 0, opt;
    while ((opt = getopt(argc, argv, "n:w:f:F:t:m:M:scTg:S:")) != -1) {
        switch (opt) {
        case 'n': samples = atoi(optarg); break;
        case 'w': warmup = atoi(optarg); break;
        case 'f': fds = atoi(optarg); break;
        case 'F': inherited_fds = atoi(optarg); break;
        case 't': threads = atoi(optarg); break;
        case 'm': heap_mb = atoi(optarg); break;
        case 'M': maps = atoi(optarg); break;
        case 's': handlers = 1; break;
        case 'c': sigchld = 1; break;
        case 'T': fresh_thread = 1; break;
        case 'g': gap_us = atoi(optarg); break;
        case 'S': spin_us = atoi(optarg); break;
        default: fprintf(stderr, "usage: spawn_probe [-n N] [-w N] [-f N] [-F N] [-t N] [-m MB] [-M N] [-s] [-c] [-T] [-g US] [-S US] -- PROGRAM [ARG...]\n"); return 2;
        }
    }
    if (optind >= argc || samples < 1) { fprintf(stderr, "spawn_probe: no program given\n"); return 2; }
    child_argv = argv + optind;

    for (int i = 0; i < fds; i++) if (open("/dev/null", O_RDONLY | O_CLOEXEC) < 0) die("open", errno);
    for (int i = 0; i < inherited_fds; i++) if (open("/dev/null", O_RDONLY) < 0) die("open", errno);
    if (heap_mb > 0) {
        size_t size = (size_t)heap_mb << 20;
        char *heap = malloc(size);
        if (!heap) die("malloc", ENOMEM);
        for (size_t i = 0; i < size; i += 4096) heap[i] = 1;
    }
    // Alternating protections keep neighbouring mappings from merging into one VMA.
    for (int i = 0; i < maps; i++)
        if (mmap(NULL, 4096, (i & 1) ? PROT_READ : PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED) die("mmap", errno);
    if (handlers) {
        // What the .NET 10 runtime catches (SigCgt of a running `blog lab run`), SIGCHLD aside.
        int caught[] = { SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGTERM, SIGCONT, SIGRTMIN };
        for (size_t i = 0; i < sizeof caught / sizeof caught[0]; i++) if (caught[i] > 0 && caught[i] < NSIG) catch_signal(caught[i]);
    }
    if (sigchld) {
        if (pipe2(sigchld_pipe, O_CLOEXEC)) die("pipe2", errno);
        pthread_t reader;
        if (pthread_create(&reader, NULL, sigchld_reader, NULL)) die("pthread_create", errno);
        catch_signal(SIGCHLD);
    }
    if (spin_us) {
        sem_init(&spin_go, 0, 0);
        pthread_t spinning;
        if (pthread_create(&spinning, NULL, spinner, NULL)) die("pthread_create", errno);
    }
    for (int i = 0; i < threads; i++) {
        pthread_t idle;
        if (pthread_create(&idle, NULL, idle_thread, NULL)) die("pthread_create", errno);
    }

    double *kept = malloc(sizeof(double) * samples);
    for (int i = -warmup; i < samples; i++) {
        double elapsed;
        if (fresh_thread) {
            pthread_t spawner;
            if (pthread_create(&spawner, NULL, spawn_on_thread, &elapsed)) die("pthread_create", errno);
            pthread_join(spawner, NULL);
        } else {
            elapsed = spawn_once();
        }
        if (i >= 0) kept[i] = elapsed;
        if (gap_us > 0) usleep(gap_us);
    }
    qsort(kept, samples, sizeof(double), compare);
    printf("%.4f %.4f %.4f\n", kept[samples / 4], samples % 2 ? kept[samples / 2] : (kept[samples / 2 - 1] + kept[samples / 2]) / 2, kept[samples * 3 / 4]);
    return 0;
}
