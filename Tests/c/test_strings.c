/* sp_status_string and sp_version against the spec (through the generated table) and the header's macros. */
#include "tests.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static void check_status_strings(void)
{
    struct status {
        int value, code;
        const char *message;
    };
#define SP_STATUS_ENTRY(c_name, value, message) {value, c_name, message},
    static const struct status statuses[] = {SP_TEST_STATUSES(SP_STATUS_ENTRY)};
#undef SP_STATUS_ENTRY
    static const int unknown[] = {INT_MIN, -1, (int)(sizeof statuses / sizeof statuses[0]), 1000, INT_MAX};
    const char *unknown_message = sp_status_string(unknown[0]);
    size_t i;

    for (i = 0; i < sizeof statuses / sizeof statuses[0]; i++) {
        const char *message = sp_status_string(statuses[i].code);
        check(statuses[i].code == statuses[i].value, "the header's enum value %d differs from the spec's %d",
              statuses[i].code, statuses[i].value);
        check(message && strcmp(message, statuses[i].message) == 0, "sp_status_string(%d) = \"%s\", want \"%s\"",
              statuses[i].code, message ? message : "(null)", statuses[i].message);
    }
    check(unknown_message != NULL && strcmp(unknown_message, "unknown status") == 0,
          "sp_status_string(INT_MIN) = \"%s\", want \"unknown status\"", unknown_message ? unknown_message : "(null)");
    for (i = 1; i < sizeof unknown / sizeof unknown[0]; i++)
        check(sp_status_string(unknown[i]) == unknown_message, "sp_status_string(%d) is not the unknown-status string",
              unknown[i]);
}

static void check_version(void)
{
    char macros[64];
    snprintf(macros, sizeof macros, "%d.%d.%d", SP_VERSION_MAJOR, SP_VERSION_MINOR, SP_VERSION_PATCH);
    check(sp_version() != NULL && strcmp(sp_version(), SP_TEST_VERSION) == 0, "sp_version() = \"%s\", the spec says %s",
          sp_version() ? sp_version() : "(null)", SP_TEST_VERSION);
    check(strcmp(SP_VERSION_STRING, SP_TEST_VERSION) == 0, "SP_VERSION_STRING is %s, the spec says %s",
          SP_VERSION_STRING, SP_TEST_VERSION);
    check(strcmp(macros, SP_TEST_VERSION) == 0, "SP_VERSION_MAJOR.MINOR.PATCH is %s, the spec says %s", macros,
          SP_TEST_VERSION);
}

void test_strings(void)
{
    check_status_strings();
    check_version();
    printf("  status strings and version\n");
}
