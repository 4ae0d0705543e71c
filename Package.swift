// swift-tools-version:6.0
// The SwiftPM build: the math core, the array kernels over it, the C-ABI layer over those, and the
// core's tests (`swift build`, `swift test`). SwiftPM builds one copy of the kernels for the host's default
// target and calls it directly; the CPU dispatch between x86-64 copies is CMake's (cmake/kernels.cmake). The release library, libsoftplus.so, is built from the same sources by CMake with
// Embedded Swift (CMakeLists.txt): a SwiftPM dynamic product would depend on the Swift runtime libraries.
import PackageDescription

let package = Package(
    name: "softplus",
    products: [
        .library(name: "SoftplusMath", targets: ["SoftplusMath"]),
        .library(name: "SoftplusCABI", targets: ["SoftplusCABI"]),
        // The C entry points as a shared library built by SwiftPM (it needs the Swift runtime): the test
        // Tests/builds_agree compares it bit for bit with the Embedded-Swift libsoftplus.so of CMake.
        .library(name: "SoftplusCABIDynamic", type: .dynamic, targets: ["SoftplusCABI"]),
        // The Swift API (Sources/Softplus): generic softplus(x) etc. over SoftplusMath, no C in sight.
        .library(name: "Softplus", targets: ["Softplus"]),
    ],
    targets: [
        .target(name: "SoftplusMath"),
        // -enable-builtin-module: the kernels' lane types wrap LLVM vectors (Sources/SoftplusKernels/VectorTypes.swift).
        .target(name: "SoftplusKernels", dependencies: ["SoftplusMath"],
                swiftSettings: [.unsafeFlags(["-enable-builtin-module"])]),
        .target(name: "SoftplusCABI", dependencies: ["SoftplusMath", "SoftplusKernels"]),
        .target(name: "Softplus", dependencies: ["SoftplusMath"]),
        .testTarget(name: "SoftplusMathTests", dependencies: ["SoftplusMath"]),
        .testTarget(name: "SoftplusKernelsTests", dependencies: ["SoftplusKernels", "SoftplusMath"]),
        .testTarget(name: "SoftplusTests", dependencies: ["Softplus"]),
    ]
)
