# `cmake --build build --target header`: regenerates every committed file that follows the spec:
# Sources/SoftplusCABI/{EntryPoints,Dispatch,Status,Version,TrainingEntryPoints}.swift and
# Sources/SoftplusKernelExports/KernelExports.swift, then include/softplus.h from the compiler's header
# of those sources, include/softplus.hpp, and the Python package's softplus/_functions.py and
# _training_functions.py. Each has a drift test (header_drift, cpp_header_drift, the Python package's
# test_package_drift) that fails while it is stale.
set(SOFTPLUS_GENERATOR "${PROJECT_SOURCE_DIR}/tools/header/generate.py")

add_custom_target(header
  COMMAND "${Python3_EXECUTABLE}" "${SOFTPLUS_GENERATOR}" sources
  COMMAND "${Python3_EXECUTABLE}" "${SOFTPLUS_GENERATOR}" header --swiftc "${CMAKE_Swift_COMPILER}"
  COMMAND "${Python3_EXECUTABLE}" tools/header/cpp_header.py generate
  COMMAND "${Python3_EXECUTABLE}" bindings/python/tools/generate_functions.py
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Regenerating the Swift entry points, softplus.h, softplus.hpp and the Python function list from spec/softplus.json"
  VERBATIM)
