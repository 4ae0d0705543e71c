# libsoftplus.so: SoftplusMath (a static Swift module), the array kernels over it (SoftplusKernels, on x86-64
# one copy per instruction set and the CPU check: cmake/kernels.cmake) and SoftplusCABI (the C entry
# points) compiled with Embedded Swift, linked into one shared object that exports only sp_*.

# Embedded Swift compiles each module whole (-wmo) into plain machine code with no runtime library; the
# same flags go to compile and link. -Xcc -fPIC: the clang importer and the code it emits are
# position-independent, as a shared object needs. Optimization: the Release default, -O, measured against
# -Osize on this machine (2026-11-29, 2^20-element arrays): -O is both smaller (45.8 KB against 50.0 KB)
# and faster (softplus f64 67 against 96 ns per element; f32 102 against 156).
set(SOFTPLUS_EMBEDDED_FLAGS -enable-experimental-feature Embedded -wmo "SHELL:-Xcc -fPIC")

file(GLOB_RECURSE SOFTPLUS_MATH_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/Sources/SoftplusMath/*.swift")
file(GLOB_RECURSE SOFTPLUS_CABI_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/Sources/SoftplusCABI/*.swift")

add_library(softplus_math STATIC ${SOFTPLUS_MATH_SOURCES})
set_target_properties(softplus_math PROPERTIES Swift_MODULE_NAME SoftplusMath POSITION_INDEPENDENT_CODE ON)
target_compile_options(softplus_math PRIVATE ${SOFTPLUS_EMBEDDED_FLAGS} -parse-as-library)

include(cmake/kernels.cmake)

add_library(softplus SHARED ${SOFTPLUS_CABI_SOURCES})
add_library(softplus::softplus ALIAS softplus)
set_target_properties(softplus PROPERTIES
  Swift_MODULE_NAME SoftplusCABI
  VERSION ${PROJECT_VERSION}
  SOVERSION ${PROJECT_VERSION_MAJOR}
  LINK_DEPENDS "${PROJECT_SOURCE_DIR}/cmake/softplus.map")
target_compile_options(softplus PRIVATE ${SOFTPLUS_EMBEDDED_FLAGS} -parse-as-library ${SOFTPLUS_KERNEL_SWIFT_FLAGS})
# The kernels' module, where the entry points import it, must exist before they compile.
if(SOFTPLUS_KERNEL_MODULE_TARGETS)
  add_dependencies(softplus ${SOFTPLUS_KERNEL_MODULE_TARGETS})
endif()
# -z defs: an undefined symbol (say, a libm function without -lm) fails the link instead of the load.
target_link_options(softplus PRIVATE ${SOFTPLUS_EMBEDDED_FLAGS}
  "LINKER:--version-script=${PROJECT_SOURCE_DIR}/cmake/softplus.map"
   "LINKER:-z,defs")
# The kernel copies' C names (cmake/kernels.cmake) are global in their objects; the version script makes
# them local, but called through the GOT they would still sit in the dynamic symbol table. --exclude-libs
# hides them outright.
if(SOFTPLUS_DISPATCH)
  target_link_options(softplus PRIVATE "LINKER:--exclude-libs,ALL")
endif()
# libm explicitly: a module map's `link "m"` is not honoured by Embedded Swift's link.
target_link_libraries(softplus PRIVATE ${SOFTPLUS_KERNEL_LIBRARIES} softplus_math m)
target_include_directories(softplus INTERFACE
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
