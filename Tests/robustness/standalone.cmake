# What the top-level build otherwise gives Tests/robustness and Tests/fuzz: the library as the target
# `softplus` (an existing build's libsoftplus.so) and the spec's test table as `softplus_test_table`.
set(SOFTPLUS_LIBRARY "${SOFTPLUS_ROOT}/build/libsoftplus.so" CACHE FILEPATH "the libsoftplus.so to test")
if(NOT EXISTS "${SOFTPLUS_LIBRARY}")
  message(FATAL_ERROR "no ${SOFTPLUS_LIBRARY}: build the library first (cmake -S . -B build -G Ninja && "
                      "cmake --build build) or pass -DSOFTPLUS_LIBRARY=")
endif()
add_library(softplus SHARED IMPORTED)
set_target_properties(softplus PROPERTIES
  IMPORTED_LOCATION "${SOFTPLUS_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${SOFTPLUS_ROOT}/include")

find_package(Python3 3.9 REQUIRED COMPONENTS Interpreter)
set(SOFTPLUS_TEST_TABLE_DIRECTORY "${CMAKE_BINARY_DIR}/generated")
execute_process(
  COMMAND "${Python3_EXECUTABLE}" "${SOFTPLUS_ROOT}/tools/header/generate.py" test-table
          "${SOFTPLUS_TEST_TABLE_DIRECTORY}/sp_test_table.h"
  COMMAND_ERROR_IS_FATAL ANY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${SOFTPLUS_ROOT}/spec/softplus.json")
add_library(softplus_test_table INTERFACE)
target_include_directories(softplus_test_table INTERFACE "${SOFTPLUS_TEST_TABLE_DIRECTORY}")
