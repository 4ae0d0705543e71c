// Reading the shared test vectors: `<input bits hex> <expected bits hex>` per line, `#` comments
// (format in /work/plan/CONTRACT.md, files in Tests/vectors/, written by tools/reference).

import Foundation

/// One test case: an input and the correctly rounded result, as bit patterns.
struct VectorCase {
    var input: UInt64
    var expected: UInt64
}

/// The repository root, found from this file's path (Tests/SoftplusMathTests/VectorFile.swift).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Parses vector text; a malformed line is a test failure, reported through `malformed`.
func parseVectors(_ text: String, malformed: (String) -> Void) -> [VectorCase] {
    var cases: [VectorCase] = []
    for rawLine in text.split(separator: "\n") {
        let line = rawLine.trimmingCharacters(in: .whitespaces)
        if line.isEmpty || line.hasPrefix("#") {
            continue
        }
        let fields = line.split(separator: " ")
        guard fields.count == 2, let input = UInt64(fields[0], radix: 16),
              let expected = UInt64(fields[1], radix: 16) else {
            malformed(line)
            continue
        }
        cases.append(VectorCase(input: input, expected: expected))
    }
    return cases
}

/// The cases of Tests/vectors/<name>_<suffix>.txt, or nil if the file is missing.
func sharedVectors(_ name: String, _ suffix: String, malformed: (String) -> Void) -> [VectorCase]? {
    let url = repositoryRoot.appendingPathComponent("Tests/vectors/\(name)_\(suffix).txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        return nil
    }
    return parseVectors(text, malformed: malformed)
}
