/* The training header's declarations called through libffi on the training vectors (training_ffi.c). */
#ifndef SP_TEST_TRAINING_FFI_H
#define SP_TEST_TRAINING_FFI_H

void test_training_header(void *library, const char *header, const char *vector_directory);

#endif
