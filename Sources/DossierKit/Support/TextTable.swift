/// Columns of plain text aligned for a terminal: each column as wide as its widest cell, two
/// spaces between columns, no trailing spaces after the last one.
struct TextTable {
  let header: [String]
  let rows: [[String]]
  /// Measured once: a caseload prints tens of thousands of rows, each through `line(_:)`.
  let widths: [Int]

  init(header: [String], rows: [[String]]) {
    self.header = header
    self.rows = rows
    var widths = header.map(\.count)
    for row in rows {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], cell.count)
      }
    }
    self.widths = widths
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
