# `cmake --build build --target header`: regenerates Sources/SoftplusCABI/{EntryPoints,Status,Version}.swift
# from the spec, then include/softplus.h from the compiler's header of those sources. Both are committed;
# the test header_drift fails while they are stale.
set(SOFTPLUS_GENERATOR "${PROJECT_SOURCE_DIR}/tools/header/generate.py")

add_custom_target(header
  COMMAND "${Python3_EXECUTABLE}" "${SOFTPLUS_GENERATOR}" sources
  COMMAND "${Python3_EXECUTABLE}" "${SOFTPLUS_GENERATOR}" header --swiftc "${CMAKE_Swift_COMPILER}"
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Regenerating the Swift entry points and include/softplus.h from spec/softplus.json"
  VERBATIM)
