# libsoftplus.a, with -DSOFTPLUS_BUILD_STATIC=ON: the same code as libsoftplus.so for programs that link
# statically. Like the shared library it exposes only sp_*: the C entry points, the kernels and the math core are
# partially linked into one relocatable object whose other symbols (the Swift functions, the Embedded Swift
# runtime's weak entry points) are made local, so they cannot clash with the program's own. It needs libm.

# The entry points compiled again for the archive: CMake's Swift support compiles and links the shared
# library in one step and keeps no objects to reuse. Their module goes to a directory of its own, apart
# from the shared library's SoftplusCABI module.
add_library(softplus_cabi_static STATIC ${SOFTPLUS_CABI_SOURCES})
set_target_properties(softplus_cabi_static PROPERTIES
  Swift_MODULE_NAME SoftplusCABI
  Swift_MODULE_DIRECTORY "${PROJECT_BINARY_DIR}/static"
  POSITION_INDEPENDENT_CODE ON)
target_compile_options(softplus_cabi_static PRIVATE ${SOFTPLUS_EMBEDDED_FLAGS} -parse-as-library
                       ${SOFTPLUS_KERNEL_SWIFT_FLAGS})
if(SOFTPLUS_KERNEL_MODULE_TARGETS)
  add_dependencies(softplus_cabi_static ${SOFTPLUS_KERNEL_MODULE_TARGETS})
endif()
target_link_libraries(softplus_cabi_static PRIVATE ${SOFTPLUS_KERNEL_LIBRARIES} softplus_math)

# The kernels (cmake/kernels.cmake) and the math core, in that order.
set(SOFTPLUS_STATIC_PARTS "$<TARGET_FILE:softplus_cabi_static>")
foreach(library IN LISTS SOFTPLUS_KERNEL_LIBRARIES)
  list(APPEND SOFTPLUS_STATIC_PARTS "$<TARGET_FILE:${library}>")
endforeach()
list(APPEND SOFTPLUS_STATIC_PARTS "$<TARGET_FILE:softplus_math>")

set(SOFTPLUS_STATIC_OBJECT "${PROJECT_BINARY_DIR}/static/softplus.o")
add_custom_command(OUTPUT "${SOFTPLUS_STATIC_OBJECT}"
  COMMAND "${CMAKE_LINKER}" -r -o "${SOFTPLUS_STATIC_OBJECT}"
          --whole-archive ${SOFTPLUS_STATIC_PARTS}
  COMMAND "${CMAKE_OBJCOPY}" --wildcard "--keep-global-symbol=sp_*" "${SOFTPLUS_STATIC_OBJECT}"
  DEPENDS softplus_cabi_static ${SOFTPLUS_KERNEL_LIBRARIES} softplus_math
  COMMENT "Linking the static library's object: only sp_* global"
  VERBATIM)

add_library(softplus_static STATIC "${SOFTPLUS_STATIC_OBJECT}")
add_library(softplus::softplus_static ALIAS softplus_static)
set_target_properties(softplus_static PROPERTIES OUTPUT_NAME softplus LINKER_LANGUAGE C)
target_link_libraries(softplus_static INTERFACE m)
target_include_directories(softplus_static INTERFACE
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
install(TARGETS softplus_static EXPORT softplusTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT Development
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
