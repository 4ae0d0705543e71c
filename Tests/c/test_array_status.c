/* The array forms' status codes, and that an error writes nothing: every check below runs on buffers
 * filled with a sentinel byte and verifies every byte afterwards. */
#include "tests.h"

#include <stdint.h>
#include <string.h>

#include "check.h"

/* Buffer sizes in elements: room for the overlapping and adjacent ranges below. */
enum { ELEMENTS = 16, SENTINEL = 0xa5 };

/* Two buffers of ELEMENTS doubles (room for as many floats too), refilled with the sentinel byte before
 * every call; the values they then hold do not matter, only whether a call writes to them. */
static double storage[ELEMENTS];
static double other[ELEMENTS];

static void fill(void)
{
    memset(storage, SENTINEL, sizeof storage);
    memset(other, SENTINEL, sizeof other);
}

static int untouched(const void *buffer, size_t bytes)
{
    const unsigned char *p = buffer;
    size_t i;
    for (i = 0; i < bytes; i++)
        if (p[i] != SENTINEL)
            return 0;
    return 1;
}

/* Calls the array form on the sentinel-filled buffers, expects the status and, for an error, both buffers
 * unchanged. */
static void expect(const struct form *f, const void *x, void *out, size_t n, int want, const char *what)
{
    int got;
    fill();
    got = call_array(f, x, out, n);
    check(got == want, "sp_%s_%s_array, %s: status %d (%s), want %d (%s)", f->function, f->suffix, what, got,
          sp_status_string(got), want, sp_status_string(want));
    if (want != SP_OK)
        check(untouched(storage, sizeof storage) && untouched(other, sizeof other),
              "sp_%s_%s_array, %s: wrote to memory although it returned an error", f->function, f->suffix, what);
}

static unsigned char *at(void *buffer, const struct form *f, size_t elements, size_t bytes)
{
    return (unsigned char *)buffer + elements * element_size(f) + bytes;
}

static void check_form(const struct form *f)
{
    size_t size = element_size(f);
    /* Element counts whose byte size exceeds PTRDIFF_MAX, including ones where n * size wraps in size_t. */
    const size_t too_large[] = {(size_t)PTRDIFF_MAX / size + 1, SIZE_MAX / size, SIZE_MAX / size + 1,
                                SIZE_MAX / 2 + 1, SIZE_MAX};
    size_t i;

    expect(f, NULL, NULL, 0, SP_OK, "n == 0, both null");
    expect(f, storage, NULL, 0, SP_OK, "n == 0, out null");
    expect(f, NULL, other, 0, SP_OK, "n == 0, x null");
    fill();
    check(call_array(f, storage, other, 0) == SP_OK && untouched(other, sizeof other),
          "sp_%s_%s_array, n == 0: wrote to out", f->function, f->suffix);

    expect(f, NULL, other, 1, SP_ERR_NULL_POINTER, "x null");
    expect(f, storage, NULL, 1, SP_ERR_NULL_POINTER, "out null");
    expect(f, NULL, NULL, ELEMENTS, SP_ERR_NULL_POINTER, "both null");
    expect(f, NULL, other, SIZE_MAX, SP_ERR_NULL_POINTER, "x null and n too large: null is checked first");

    for (i = 0; i < sizeof too_large / sizeof too_large[0]; i++) {
        expect(f, storage, other, too_large[i], SP_ERR_TOO_LARGE, "n * size > PTRDIFF_MAX");
        expect(f, storage, storage, too_large[i], SP_ERR_TOO_LARGE, "n too large, in place");
        expect(f, storage, at(storage, f, 1, 0), too_large[i], SP_ERR_TOO_LARGE,
               "n too large and overlapping: size is checked before overlap");
    }
    /* The largest valid size: the two buffers' declared ranges then overlap, which is reported
     * without touching either (and without overflow in the address arithmetic). */
    expect(f, storage, other, (size_t)PTRDIFF_MAX / size, SP_ERR_OVERLAP, "n * size == PTRDIFF_MAX rounded down");

    expect(f, storage, at(storage, f, 1, 0), 4, SP_ERR_OVERLAP, "out = x + 1 element");
    expect(f, at(storage, f, 1, 0), storage, 4, SP_ERR_OVERLAP, "out = x - 1 element");
    expect(f, storage, at(storage, f, 3, 0), 4, SP_ERR_OVERLAP, "out = x + n - 1 elements");
    expect(f, at(storage, f, 3, 0), storage, 4, SP_ERR_OVERLAP, "x = out + n - 1 elements");
    expect(f, storage, at(storage, f, 0, 1), 4, SP_ERR_OVERLAP, "out = x + 1 byte");
    expect(f, at(storage, f, 0, size - 1), storage, 4, SP_ERR_OVERLAP, "x = out + size - 1 bytes");
    expect(f, at(storage, f, 4, 0), at(storage, f, 4, 0), 4, SP_OK, "out == x, in place");
    expect(f, storage, at(storage, f, 4, 0), 4, SP_OK, "out right after x (adjacent, no overlap)");
    expect(f, at(storage, f, 4, 0), storage, 4, SP_OK, "x right after out (adjacent, no overlap)");
    expect(f, at(storage, f, 0, 1), at(storage, f, 4, 1), 4, SP_OK, "unaligned, adjacent");
}

void test_array_status(void)
{
    size_t k;
    for (k = 0; k < sp_form_count; k++)
        check_form(&sp_forms[k]);
    printf("  status codes of %lu array forms\n", (unsigned long)sp_form_count);
}
