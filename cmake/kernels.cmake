# The array kernels (Sources/SoftplusKernels) and, on x86-64, their dispatch at load time (issue 4).
#
# On x86-64 the kernels are compiled once per path of spec/softplus.json's "kernels" section, each as a
# module of its own (SoftplusKernelsBaseline, SoftplusKernelsAVX2, SoftplusKernelsAVX512) with clang's
# -march for its x86-64 level (swiftc's -target-cpu knows no x86-64-v3; -Xcc -march does, and Swift's
# code generation takes the clang importer's target: `swiftc -emit-ir` shows "target-cpu"="x86-64-v3"
# and that level's exact feature list on every function). The C shim (Sources/SoftplusCPU) checks cpuid
# and xgetbv, and the generated Sources/SoftplusCABI/Dispatch.swift, compiled with
# SOFTPLUS_DISPATCH_X86_64, routes every entry point to the chosen copy. The entry points call each copy
# through C names (softplus_kernels_<path>_<function>, Sources/SoftplusKernelExports), never through its
# Swift module: Embedded Swift serializes every function body into the module, and the importer would
# inline the kernels and compile them for its own, baseline, instruction set (seen with the placeholder
# kernels: all three arms of the dispatch became one baseline call). Elsewhere: one copy, module
# SoftplusKernels, imported directly (as in the SwiftPM build).
#
# -enable-builtin-module: the kernels' lane types wrap LLVM vectors (Sources/SoftplusKernels/VectorTypes.swift
# says why).
#
# Sets SOFTPLUS_KERNEL_LIBRARIES (what the entry points link, before softplus_math),
# SOFTPLUS_KERNEL_MODULE_TARGETS (the modules the entry points import) and SOFTPLUS_KERNEL_SWIFT_FLAGS
# (the entry points' extra Swift flags).
file(GLOB SOFTPLUS_KERNEL_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/Sources/SoftplusKernels/*.swift")
set(SOFTPLUS_KERNEL_EXPORTS "${PROJECT_SOURCE_DIR}/Sources/SoftplusKernelExports/KernelExports.swift")

# softplus_kernel_copy(PATH MODULE FLAGS...): target softplus_kernels_PATH compiles the kernels and their C
# names as module MODULE; softplus_kernels_PATH_object is its code with every symbol local except those C
# names. Each copy carries its own instances of what it uses from other modules (the Embedded Swift
# runtime's weak swift_* functions, specializations of the standard library's and SoftplusMath's
# generics), compiled for its instruction set under the same names as the baseline code's: left global,
# the linker could keep an AVX-512 instance for every caller, and a processor without AVX-512 would fault
# in the baseline path.
function(softplus_kernel_copy path module)
  set(target softplus_kernels_${path})
  string(TOUPPER "${path}" upper)
  add_library(${target} STATIC ${SOFTPLUS_KERNEL_SOURCES} "${SOFTPLUS_KERNEL_EXPORTS}")
  set_target_properties(${target} PROPERTIES Swift_MODULE_NAME ${module} POSITION_INDEPENDENT_CODE ON)
  target_compile_options(${target} PRIVATE ${SOFTPLUS_EMBEDDED_FLAGS} -parse-as-library -enable-builtin-module
                         -DSOFTPLUS_KERNELS_${upper} ${ARGN})
  target_link_libraries(${target} PRIVATE softplus_math)

  set(object "${PROJECT_BINARY_DIR}/kernels/${module}.o")
  add_custom_command(OUTPUT "${object}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/kernels"
    COMMAND "${CMAKE_LINKER}" -r -o "${object}" --whole-archive "$<TARGET_FILE:${target}>"
    COMMAND "${CMAKE_OBJCOPY}" --wildcard "--keep-global-symbol=softplus_kernels_${path}_*" "${object}"
    DEPENDS ${target}
    COMMENT "Kernels ${module}: only softplus_kernels_${path}_* global"
    VERBATIM)
  add_library(${target}_object STATIC "${object}")
  set_target_properties(${target}_object PROPERTIES LINKER_LANGUAGE C)
  add_dependencies(${target}_object ${target})
  set(SOFTPLUS_KERNEL_LIBRARIES ${SOFTPLUS_KERNEL_LIBRARIES} ${target}_object PARENT_SCOPE)
endfunction()

set(SOFTPLUS_KERNEL_LIBRARIES "")
set(SOFTPLUS_KERNEL_MODULE_TARGETS "")
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
  set(SOFTPLUS_DISPATCH ON)
  string(JSON path_count LENGTH "${SOFTPLUS_SPEC}" kernels x86_64)
  math(EXPR last "${path_count} - 1")
  foreach(index RANGE ${last})
    string(JSON environment GET "${SOFTPLUS_SPEC}" kernels x86_64 ${index} environment)
    string(JSON module GET "${SOFTPLUS_SPEC}" kernels x86_64 ${index} module)
    string(JSON isa GET "${SOFTPLUS_SPEC}" kernels x86_64 ${index} isa)
    softplus_kernel_copy(${environment} ${module} "SHELL:-Xcc -march=${isa}")
  endforeach()

  # The CPU check is a header-only C module (Sources/SoftplusCPU), compiled by the Swift compiler's clang
  # into the entry points; @_extern(c) declares the copies' C names there.
  set(SOFTPLUS_KERNEL_SWIFT_FLAGS -DSOFTPLUS_DISPATCH_X86_64 "-I${PROJECT_SOURCE_DIR}/Sources/SoftplusCPU/include"
      "SHELL:-enable-experimental-feature Extern")
else()
  set(SOFTPLUS_DISPATCH OFF)
  add_library(softplus_kernels STATIC ${SOFTPLUS_KERNEL_SOURCES})
  set_target_properties(softplus_kernels PROPERTIES Swift_MODULE_NAME SoftplusKernels POSITION_INDEPENDENT_CODE ON)
  target_compile_options(softplus_kernels PRIVATE ${SOFTPLUS_EMBEDDED_FLAGS} -parse-as-library -enable-builtin-module)
  target_link_libraries(softplus_kernels PRIVATE softplus_math)
  set(SOFTPLUS_KERNEL_LIBRARIES softplus_kernels)
  set(SOFTPLUS_KERNEL_MODULE_TARGETS softplus_kernels)
  set(SOFTPLUS_KERNEL_SWIFT_FLAGS "")
endif()
