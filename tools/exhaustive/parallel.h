/* parallel.h -- runs one worker per thread over numbered chunks of work (see parallel.c). */
#ifndef EXHAUSTIVE_PARALLEL_H
#define EXHAUSTIVE_PARALLEL_H

#include <stdint.h>

/* Calls work(context, chunk, worker_state) for every chunk in [0, chunks), each chunk exactly once, on
 * `threads` threads that take the next chunk when done with one. worker_state is per thread: made by
 * start_worker(context) in the thread, finished by end_worker(context, worker_state) in the same
 * thread (under a lock, so it may merge into the context). */
struct parallel_job {
    void *context;
    uint64_t chunks;
    void *(*start_worker)(void *context);
    void (*work)(void *context, uint64_t chunk, void *worker_state);
    void (*end_worker)(void *context, void *worker_state);
};

void run_parallel(const struct parallel_job *job, int threads);

/* The number of online processors (at least 1). */
int processor_count(void);

#endif
