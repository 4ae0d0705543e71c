// The shared MPFR vectors (Tests/vectors/<name>_<suffix>.txt: `<input bits hex> <expected bits hex>` per
// line, `#` comments; format in the architecture contract) and the list of functions in spec/softplus.json.

import Foundation

/// The repository root, found from this file's path (Tests/SoftplusTests/SharedVectors.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct VectorFileError: Error, CustomStringConvertible {
    var description: String
}

/// The (input, expected) bit patterns of Tests/vectors/<name>_<suffix>.txt; a missing file, a malformed
/// line or an empty file is an error, since a test without vectors would check nothing.
func sharedVectors(_ name: String, _ suffix: String) throws -> [(input: UInt64, expected: UInt64)] {
    let url = repositoryRoot.appendingPathComponent("Tests/vectors/\(name)_\(suffix).txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    var cases: [(input: UInt64, expected: UInt64)] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
        let fields = line.split(separator: " ")
        guard fields.count == 2, let input = UInt64(fields[0], radix: 16), let expected = UInt64(fields[1], radix: 16)
        else { throw VectorFileError(description: "\(url.lastPathComponent): malformed line \(line)") }
        cases.append((input, expected))
    }
    guard !cases.isEmpty else { throw VectorFileError(description: "\(url.lastPathComponent) has no cases") }
    return cases
}

/// The C names of the spec's functions, in spec order.
func specFunctionNames() throws -> [String] {
    struct Spec: Decodable {
        struct Function: Decodable { var name: String }
        var functions: [Function]
    }
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("spec/softplus.json"))
    return try JSONDecoder().decode(Spec.self, from: data).functions.map(\.name)
}
