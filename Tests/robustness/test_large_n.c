/*
 * Large n: array calls with n above 2^31 (double) and 2^32 (float) elements, so that an index or a byte
 * offset held in 32 bits, signed or not, would wrap; and n * size > PTRDIFF_MAX, which must be
 * SP_ERR_TOO_LARGE without a touch.
 *
 * Method: a 16 GiB array cannot be written on this machine (nor quickly), so each array is an aliased
 * mapping: a PROT_NONE reservation of the whole size (MAP_NORESERVE), over which three small memory files
 * (memfd) are mapped chunk by chunk: a "head" file for the first chunk, a "tail" file for the last, and one
 * "middle" file mapped again and again in between. The array ends flush against a guard page. x's head and
 * tail hold distinct finite values, its middle +inf (a fast path of every function, which keeps the run to
 * seconds); out's three files start filled with a sentinel. A 32-bit wrap would put the tail's results
 * somewhere in the head or middle, leaving sentinels in out's tail file and foreign values elsewhere; an
 * overrun hits the guard page. Checked: SP_OK, every element of out's head and tail bitwise equal to the
 * scalar function of x's, and out's middle file entirely the scalar function of +inf.
 *
 *     test_large_n [--full]
 * The default runs softplus at n = 2^31 + 1 (double) and 2^32 + 3 (float); --full runs every function of
 * the spec at n = 2^31 - 1, 2^31, 2^31 + 1, 2^32 - 1, 2^32 and 2^32 + 1 in both formats (minutes).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"
#include "current_case.h"
#include "forms.h"

/* 16 MiB chunks: 3 files x 16 MiB per array of real memory, and at most 1025 mappings for 16 GiB. */
enum { SENTINEL = 0xa5 };
static const size_t chunk = (size_t)1 << 24;

struct aliased_array {
    unsigned char *reservation;
    size_t reservation_size;
    unsigned char *array; /* n elements ending flush against the trailing guard page */
    unsigned char *head, *middle, *tail; /* the three files, mapped once more on their own */
    size_t array_offset_in_head;         /* where the array starts inside the head chunk */
};

static void fail_system(const char *what)
{
    perror(what);
    exit(2);
}

static int memory_file(const char *name)
{
    int fd = memfd_create(name, 0);
    if (fd < 0 || ftruncate(fd, (off_t)chunk) != 0)
        fail_system("memfd_create");
    return fd;
}

static unsigned char *map_file(int fd, void *at)
{
    void *mapped = mmap(at, chunk, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE | (at ? MAP_FIXED : 0), fd, 0);
    if (mapped == MAP_FAILED)
        fail_system("mmap of a memory file");
    return mapped;
}

static struct aliased_array aliased_array_create(size_t bytes)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t chunks = (bytes + chunk - 1) / chunk, j;
    int files[3] = {memory_file("head"), memory_file("middle"), memory_file("tail")};
    struct aliased_array a;
    unsigned char *region;
    a.reservation_size = chunks * chunk + 2 * page;
    a.reservation = mmap(NULL, a.reservation_size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (a.reservation == MAP_FAILED)
        fail_system("mmap of the reservation");
    region = a.reservation + page;
    for (j = 0; j < chunks; j++)
        map_file(files[j == 0 ? 0 : j + 1 == chunks ? 2 : 1], region + j * chunk);
    a.array = region + chunks * chunk - bytes;
    a.array_offset_in_head = chunks * chunk - bytes;
    a.head = map_file(files[0], NULL);
    a.middle = map_file(files[1], NULL);
    a.tail = map_file(files[2], NULL);
    for (j = 0; j < 3; j++)
        close(files[j]);
    return a;
}

static void aliased_array_destroy(struct aliased_array *a)
{
    munmap(a->reservation, a->reservation_size);
    munmap(a->head, chunk);
    munmap(a->middle, chunk);
    munmap(a->tail, chunk);
}

/* Finite values above every saturation threshold that differ from element to element (64 + i/1024 is exact
 * in float for i < 2^20), so that a result in a wrong place shows. */
static void fill_distinct(const struct form *f, unsigned char *chunk_bytes, size_t first)
{
    size_t i, count = chunk / element_size(f);
    for (i = first; i < count; i++)
        put_element(f, chunk_bytes, i, bits_of(f, 64.0 + (double)(i % (1u << 20)) / 1024.0));
}

/* Elements [first, count) of out's chunk equal the scalar function of x's chunk; the first wrong one is
 * reported. */
static int chunk_matches(const struct form *f, const unsigned char *x, const unsigned char *out, size_t first,
                         const char *which, size_t n)
{
    size_t i, count = chunk / element_size(f);
    uint64_t last_input = ~(uint64_t)0, last_result = 0;
    for (i = first; i < count; i++) {
        uint64_t input = get_element(f, x, i);
        if (input != last_input) {
            last_input = input;
            last_result = call_scalar(f, input);
        }
        if (get_element(f, out, i) != last_result) {
            printf("  sp_%s_%s_array, n = %lu: %s chunk element %lu is %#llx, want %#llx\n", f->function, f->suffix,
                   (unsigned long)n, which, (unsigned long)i, (unsigned long long)get_element(f, out, i),
                   (unsigned long long)last_result);
            return 0;
        }
    }
    return 1;
}

static void check_large(const struct form *f, size_t n)
{
    size_t size = element_size(f), bytes = n * size;
    struct aliased_array x = aliased_array_create(bytes), out = aliased_array_create(bytes);
    size_t head_first = x.array_offset_in_head / size, i;
    int status;
    fill_distinct(f, x.head, 0);
    fill_distinct(f, x.tail, 0);
    for (i = 0; i < chunk / size; i++)
        put_element(f, x.middle, i, bits_of(f, INFINITY));
    memset(out.head, SENTINEL, chunk);
    memset(out.middle, SENTINEL, chunk);
    memset(out.tail, SENTINEL, chunk);
    set_current_case("sp_%s_%s_array, n = %lu on aliased arrays", f->function, f->suffix, (unsigned long)n);
    status = call_array(f, x.array, out.array, n);
    check(status == SP_OK, "sp_%s_%s_array, n = %lu: status %d", f->function, f->suffix, (unsigned long)n, status);
    check(chunk_matches(f, x.head, out.head, head_first, "head", n) &&
              chunk_matches(f, x.middle, out.middle, 0, "middle", n) &&
              chunk_matches(f, x.tail, out.tail, 0, "tail", n),
          "sp_%s_%s_array, n = %lu: results differ from the scalar function", f->function, f->suffix,
          (unsigned long)n);
    for (i = 0; i < out.array_offset_in_head; i++)
        if (out.head[i] != SENTINEL)
            break;
    check(i == out.array_offset_in_head, "sp_%s_%s_array, n = %lu: wrote before out", f->function, f->suffix,
          (unsigned long)n);

    /* The same arrays, n one element larger than PTRDIFF_MAX bytes allow: refused before any access. */
    memset(out.tail, SENTINEL, chunk);
    status = call_array(f, x.array, out.array, (size_t)PTRDIFF_MAX / size + 1);
    check(status == SP_ERR_TOO_LARGE && out.tail[chunk - 1] == SENTINEL && out.tail[0] == SENTINEL,
          "sp_%s_%s_array, n * size > PTRDIFF_MAX: status %d", f->function, f->suffix, status);
    aliased_array_destroy(&x);
    aliased_array_destroy(&out);
}

int main(int argc, char **argv)
{
    const size_t full_sizes[] = {((size_t)1 << 31) - 1, (size_t)1 << 31, ((size_t)1 << 31) + 1,
                                 ((size_t)1 << 32) - 1, (size_t)1 << 32, ((size_t)1 << 32) + 1};
    int full = argc > 1 && strcmp(argv[1], "--full") == 0;
    size_t k, i;
    setvbuf(stdout, NULL, _IOLBF, 0); /* progress lines of a long --full run, even into a file */
    if (sizeof(size_t) < 8) {
        printf("skipped: a 32-bit size_t cannot express n >= 2^32\n");
        return 0;
    }
    report_fatal_signals(1);
    for (k = 0; k < sp_form_count; k++) {
        const struct form *f = &sp_forms[k];
        if (full) {
            for (i = 0; i < sizeof full_sizes / sizeof full_sizes[0]; i++) {
                check_large(f, full_sizes[i]);
                printf("    n = %lu done\n", (unsigned long)full_sizes[i]);
            }
        } else if (k < 2) {
            check_large(f, f->bits == 64 ? ((size_t)1 << 31) + 1 : ((size_t)1 << 32) + 3);
        } else {
            continue;
        }
        printf("  sp_%s_%s_array: %s\n", f->function, f->suffix, checks_failed ? "FAILED" : "ok");
    }
    printf("%s: %ld checks, %ld failed\n", checks_failed ? "FAIL" : "ok", checks_run, checks_failed);
    return checks_failed ? 1 : 0;
}
