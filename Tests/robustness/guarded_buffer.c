#include "guarded_buffer.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

struct guarded_buffer guarded_buffer_create(size_t bytes)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t accessible = (bytes + page - 1) / page * page;
    struct guarded_buffer buffer;
    buffer.mapping_size = accessible + 2 * page;
    buffer.mapping = mmap(NULL, buffer.mapping_size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (buffer.mapping == MAP_FAILED) {
        perror("mmap of a guarded buffer");
        exit(2);
    }
    buffer.begin = (unsigned char *)buffer.mapping + page;
    buffer.end = buffer.begin + accessible;
    if (accessible && mprotect(buffer.begin, accessible, PROT_READ | PROT_WRITE) != 0) {
        perror("mprotect of a guarded buffer");
        exit(2);
    }
    return buffer;
}

void guarded_buffer_destroy(struct guarded_buffer *buffer)
{
    munmap(buffer->mapping, buffer->mapping_size);
    buffer->mapping = NULL;
}
