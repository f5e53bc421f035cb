/* Run a command and report its wall time, CPU time and peak RSS.
 *
 *     launcher REPORT_FILE COMMAND [ARGS...]
 *
 * Why not wait4() from Python: a child forked from the harness inherits the
 * harness's peak RSS (Linux folds the memory high-water mark of the image a
 * process had before exec into its ru_maxrss), so every program would seem to
 * use at least the harness's ~20 MB. Forked from this small process instead,
 * a program's ru_maxrss is its own. Exit status: the command's, or 128+signal. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timespec t) { return t.tv_sec + t.tv_nsec / 1e9; }

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: launcher REPORT_FILE COMMAND [ARGS...]\n");
        return 125;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 125; }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) { perror("wait4"); return 125; }
    clock_gettime(CLOCK_MONOTONIC, &end);
    FILE *report = fopen(argv[1], "w");
    if (report == NULL) { perror(argv[1]); return 125; }
    double cpu = seconds((struct timespec){usage.ru_utime.tv_sec, usage.ru_utime.tv_usec * 1000})
               + seconds((struct timespec){usage.ru_stime.tv_sec, usage.ru_stime.tv_usec * 1000});
    fprintf(report, "%.9f %.6f %ld\n", seconds(end) - seconds(start), cpu, usage.ru_maxrss);
    fclose(report);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
