/// Columns of plain text aligned for a terminal: each column as wide as its widest cell, two
/// spaces between columns, no trailing spaces after the last one.
struct TextTable {
  let header: [String]
  let rows: [[String]]

  var widths: [Int] {
    (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
  }

  func line(_ row: [String]) -> String {
    zip(row, widths).enumerated().map { index, pair in
      index == row.count - 1
        ? pair.0 : pair.0 + String(repeating: " ", count: pair.1 - pair.0.count)
    }.joined(separator: "  ")
  }

  /// Where column `column` starts, to indent a continuation line under it.
  func offset(ofColumn column: Int) -> Int {
    widths.prefix(column).reduce(0) { $0 + $1 + 2 }
  }
}
