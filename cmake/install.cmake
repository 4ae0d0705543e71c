# `cmake --install build [--prefix PREFIX]`: the header, libsoftplus.so.MAJOR.MINOR.PATCH with its SONAME
# and development symlinks, softplus.pc for pkg-config and a CMake package (find_package(softplus 1)
# -> target softplus::softplus). Both the .pc file and the package locate the prefix from their own
# path, so an installed tree can be moved (and installed with --prefix other than the configured one).
include(CMakePackageConfigHelpers)

set(SOFTPLUS_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/softplus")
set(SOFTPLUS_PKGCONFIG_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

install(TARGETS softplus EXPORT softplusTargets
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" NAMELINK_COMPONENT Development
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/include/softplus.h" "${PROJECT_SOURCE_DIR}/include/softplus.hpp"
  "${PROJECT_SOURCE_DIR}/include/softplus_training.h"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

install(EXPORT softplusTargets NAMESPACE softplus:: DESTINATION "${SOFTPLUS_CMAKE_DIR}")
configure_package_config_file(cmake/softplusConfig.cmake.in "${PROJECT_BINARY_DIR}/softplusConfig.cmake"
  INSTALL_DESTINATION "${SOFTPLUS_CMAKE_DIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/softplusConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/softplusConfig.cmake" "${PROJECT_BINARY_DIR}/softplusConfigVersion.cmake"
  DESTINATION "${SOFTPLUS_CMAKE_DIR}")

# The .pc file's prefix is relative to its own directory (pkg-config's ${pcfiledir}).
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(SOFTPLUS_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH SOFTPLUS_PC_TO_PREFIX "/prefix/${SOFTPLUS_PKGCONFIG_DIR}" "/prefix")
  string(REGEX REPLACE "/$" "" SOFTPLUS_PC_TO_PREFIX "${SOFTPLUS_PC_TO_PREFIX}")
  set(SOFTPLUS_PC_PREFIX "\${pcfiledir}/${SOFTPLUS_PC_TO_PREFIX}")
endif()
configure_file(cmake/softplus.pc.in "${PROJECT_BINARY_DIR}/softplus.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/softplus.pc" DESTINATION "${SOFTPLUS_PKGCONFIG_DIR}")
