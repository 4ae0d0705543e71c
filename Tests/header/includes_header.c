/* Compiled, not run, by the header tests as C99 and as C++11 with every warning an error: the public header
 * must be clean in both languages and with both compilers (gcc/g++ and the toolchain's clang). */
#include "softplus.h"
#include "softplus.h" /* twice: the include guard works */

#if SP_VERSION_MAJOR < 1
#error "SP_VERSION_MAJOR is missing or wrong"
#endif

int main(void)
{
    sp_status status = (sp_status)sp_softplus_f64_array(0, 0, 0);
    return status == SP_OK && sp_version()[0] != '\0' ? 0 : 1;
}
