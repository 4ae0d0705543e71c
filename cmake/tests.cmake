# Every test, registered with ctest. The tests read the shared MPFR vectors from SOFTPLUS_VECTORS, and the
# C, C++ and libffi tests include sp_test_table.h, the spec as C X-macros, generated here at build time.
set(SOFTPLUS_VECTORS "${PROJECT_SOURCE_DIR}/Tests/vectors")
set(SOFTPLUS_TEST_TABLE "${PROJECT_BINARY_DIR}/generated/sp_test_table.h")
file(GLOB SOFTPLUS_GENERATOR_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tools/header/*.py")

add_custom_command(OUTPUT "${SOFTPLUS_TEST_TABLE}"
  COMMAND "${Python3_EXECUTABLE}" "${SOFTPLUS_GENERATOR}" test-table "${SOFTPLUS_TEST_TABLE}"
  DEPENDS "${PROJECT_SOURCE_DIR}/spec/softplus.json" ${SOFTPLUS_GENERATOR_SOURCES}
  COMMENT "Generating the tests' function table from spec/softplus.json"
  VERBATIM)
add_custom_target(softplus_test_table_generation DEPENDS "${SOFTPLUS_TEST_TABLE}")
add_library(softplus_test_table INTERFACE)
target_include_directories(softplus_test_table INTERFACE "${PROJECT_BINARY_DIR}/generated")
add_dependencies(softplus_test_table softplus_test_table_generation)

add_subdirectory(Tests/c)
add_subdirectory(Tests/cpp)
add_subdirectory(Tests/ffi)
add_subdirectory(Tests/header)
add_subdirectory(Tests/abi)
add_subdirectory(Tests/install)
add_subdirectory(bindings/python/tests)
if(SOFTPLUS_DISPATCH)
  add_subdirectory(Tests/dispatch)
endif()
# Tests that other parts of the project keep beside their code, each with its own CMakeLists.txt.
foreach(directory Tests/cpp_api Tests/install_static Tests/robustness Tests/fuzz abi bindings/lua)
  if(EXISTS "${PROJECT_SOURCE_DIR}/${directory}/CMakeLists.txt")
    add_subdirectory(${directory})
  endif()
endforeach()
# The Rust binding's tests need a Rust toolchain (rustup's, usually), which this build does not install.
find_program(SOFTPLUS_CARGO cargo HINTS "$ENV{HOME}/.cargo/bin")
if(EXISTS "${PROJECT_SOURCE_DIR}/bindings/rust/CMakeLists.txt")
  if(SOFTPLUS_CARGO)
    add_subdirectory(bindings/rust)
  else()
    message(STATUS "No cargo found: the Rust binding's tests (bindings/rust) are not registered")
  endif()
endif()

# The MPFR reference's own tests (helper REF's, pytest), given the built library.
file(GLOB SOFTPLUS_REFERENCE_TESTS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/Tests/reference/test_*.py")
if(SOFTPLUS_REFERENCE_TESTS)
  add_test(NAME reference
    COMMAND "${Python3_EXECUTABLE}" -m pytest -q -p no:cacheprovider "${PROJECT_SOURCE_DIR}/Tests/reference"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(reference PROPERTIES ENVIRONMENT "SOFTPLUS_LIBRARY=$<TARGET_LINKER_FILE:softplus>")
endif()

# The float functions' correct rounding on a strided sample of all 2^32 inputs (tools/exhaustive, MPFR).
if(EXISTS "${PROJECT_SOURCE_DIR}/Tests/exhaustive/run_sample.sh")
  add_test(NAME exhaustive_float_sample
    COMMAND bash "${PROJECT_SOURCE_DIR}/Tests/exhaustive/run_sample.sh" "$<TARGET_LINKER_FILE:softplus>")
endif()

# The benchmark still builds and times every array function (a few seconds; no speed is asserted here,
# speed lives in benchmarks/run). It times build/libsoftplus.so, the library scripts/build makes.
add_test(NAME benchmark_smoke COMMAND bash "${PROJECT_SOURCE_DIR}/benchmarks/smoke_test.sh")
