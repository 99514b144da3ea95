/*
 * Platform hiccup meter: is a core ever unavailable, whatever our processes do?
 *
 * One thread per CPU, pinned to it, at SCHED_FIFO priority 99 (above every process of the benchmark, so
 * oversubscription by the JVM, PostgreSQL or wrk cannot delay it), sleeps PERIOD_MS again and again and records
 * how late each wakeup came. A late wakeup of such a thread means the core itself did not run (the hypervisor
 * descheduled the virtual CPU) or the kernel kept interrupts off: time that no setting of ours can win back.
 * Used for the freelancer detail stall (docs/benchmarks/talent-browse.md, step 13).
 *
 *   gcc -O2 -pthread docs/benchmarks/tools/hiccup.c -o /tmp/hiccup
 *   sudo /tmp/hiccup 120 5     # 120 s, a 5 ms period; prints stalls of 100 ms or more as they happen
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static int seconds, period_ms;
static long long started;

static long long now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void *meter(void *arg) {
    int cpu = (int) (long) arg;
    cpu_set_t only;
    CPU_ZERO(&only);
    CPU_SET(cpu, &only);
    pthread_setaffinity_np(pthread_self(), sizeof only, &only);
    struct sched_param fifo = {.sched_priority = 99};
    if (pthread_setschedparam(pthread_self(), SCHED_FIFO, &fifo) != 0) {
        fprintf(stderr, "cpu%d: not SCHED_FIFO (run as root): late wakeups include our own load\n", cpu);
    }
    long long period = period_ms * 1000000LL, end = started + seconds * 1000000000LL, worst = 0;
    long wakeups = 0, over5 = 0, over20 = 0, over50 = 0, over100 = 0;
    struct timespec sleep = {period / 1000000000LL, period % 1000000000LL};
    while (now() < end) {
        long long before = now();
        nanosleep(&sleep, NULL);
        long long late = now() - before - period;
        wakeups++;
        over5 += late > 5000000;
        over20 += late > 20000000;
        over50 += late > 50000000;
        if (late > 100000000) {
            over100++;
            printf("cpu%d: %.1f ms late at +%.1f s\n", cpu, late / 1e6, (before - started) / 1e9);
            fflush(stdout);
        }
        if (late > worst) {
            worst = late;
        }
    }
    printf("cpu%d: %ld wakeups; late by more than 5 ms: %ld, 20 ms: %ld, 50 ms: %ld, 100 ms: %ld; worst %.1f ms\n",
            cpu, wakeups, over5, over20, over50, over100, worst / 1e6);
    return NULL;
}

int main(int argc, char **argv) {
    seconds = argc > 1 ? atoi(argv[1]) : 60;
    period_ms = argc > 2 ? atoi(argv[2]) : 5;
    int cpus = (int) sysconf(_SC_NPROCESSORS_ONLN);
    pthread_t threads[256];
    started = now();
    for (long cpu = 0; cpu < cpus && cpu < 256; cpu++) {
        pthread_create(&threads[cpu], NULL, meter, (void *) cpu);
    }
    for (int cpu = 0; cpu < cpus && cpu < 256; cpu++) {
        pthread_join(threads[cpu], NULL);
    }
    return 0;
}
