/* Memory with an inaccessible (PROT_NONE) page on each side: a read or write one byte before `begin` or at
 * `end` faults at once, so an array placed flush against either end proves the library touches nothing
 * outside it. */
#ifndef SP_ROBUSTNESS_GUARDED_BUFFER_H
#define SP_ROBUSTNESS_GUARDED_BUFFER_H

#include <stddef.h>

struct guarded_buffer {
    unsigned char *begin; /* page-aligned; begin[-1] is in the leading guard page */
    unsigned char *end;   /* page-aligned; end[0] is in the trailing guard page */
    void *mapping;
    size_t mapping_size;
};

/* At least `bytes` accessible bytes (whole pages) between two guard pages; exits the test on failure. */
struct guarded_buffer guarded_buffer_create(size_t bytes);
void guarded_buffer_destroy(struct guarded_buffer *buffer);

#endif
