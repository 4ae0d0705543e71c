/*
 * parallel.c -- a minimal work-sharing loop on POSIX threads: chunks are handed out by an atomic
 * counter, so a thread that drew cheap chunks (NaN inputs, the flat tails of a function) takes more.
 */
#include "parallel.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct shared {
    const struct parallel_job *job;
    atomic_uint_fast64_t next_chunk;
    pthread_mutex_t end_lock;
};

static void *worker(void *argument)
{
    struct shared *shared = argument;
    const struct parallel_job *job = shared->job;
    void *state = job->start_worker(job->context);
    for (;;) {
        uint64_t chunk = atomic_fetch_add(&shared->next_chunk, 1);
        if (chunk >= job->chunks)
            break;
        job->work(job->context, chunk, state);
    }
    pthread_mutex_lock(&shared->end_lock);
    job->end_worker(job->context, state);
    pthread_mutex_unlock(&shared->end_lock);
    return NULL;
}

void run_parallel(const struct parallel_job *job, int threads)
{
    struct shared shared = {.job = job};
    atomic_init(&shared.next_chunk, 0);
    pthread_mutex_init(&shared.end_lock, NULL);
    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    if (!ids) {
        perror("exhaustive: threads");
        exit(2);
    }
    for (int i = 0; i < threads; i++)
        if (pthread_create(&ids[i], NULL, worker, &shared) != 0) {
            perror("exhaustive: pthread_create");
            exit(2);
        }
    for (int i = 0; i < threads; i++)
        pthread_join(ids[i], NULL);
    free(ids);
    pthread_mutex_destroy(&shared.end_lock);
}

int processor_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}
