extension Character {
  /// 0 to 9 only: identifiers and amounts are written with ASCII digits, and Swift's
  /// `isNumber` would also accept other scripts' digits and fractions.
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
