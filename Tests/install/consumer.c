/* A program that uses an installed libsoftplus, built once through the CMake package and once through
 * pkg-config. It checks the run-time version against the header it was compiled with, and two of the
 * spec's exact special values (logit(0.5) = +0, logit(0) = -inf) through the scalar and array forms. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <softplus.h>

int main(void)
{
    const double x[2] = {0.5, 0.0};
    double out[2] = {1.0, 1.0};
    int status = sp_logit_f64_array(x, out, 2);
    int ok = strcmp(sp_version(), SP_VERSION_STRING) == 0 && status == SP_OK && out[0] == 0.0 && !signbit(out[0]) &&
             isinf(out[1]) && out[1] < 0 && sp_logit_f64(0.5) == 0.0;
    printf("%s: libsoftplus %s (header %s), array status \"%s\", logit(0.5) = %g, logit(0) = %g\n", ok ? "ok" : "FAIL",
           sp_version(), SP_VERSION_STRING, sp_status_string(status), out[0], out[1]);
    return ok ? 0 : 1;
}
