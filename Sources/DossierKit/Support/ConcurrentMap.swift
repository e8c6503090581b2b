import Foundation

extension Array where Element: Sendable {
  /// `map` on all cores, results in the original order: the same result as `map`, sooner,
  /// when the elements are independent (cases, files).
  public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result)
    -> [Result]
  {
    let slots = Slots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.set(index, transform(self[index]))
    }
    return slots.values
  }
}

/// One slot per element, each written by exactly one worker; the lock publishes the writes.
private final class Slots<Value: Sendable>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) { lock.withLock { storage[index] = value } }

  /// Every slot is set once `concurrentPerform` returns.
  var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}
