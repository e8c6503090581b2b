import Foundation
import Pakketten

/// One timed batch: `count` calls took `seconds` of monotonic wall-clock time.
struct Measurement {
  var count: Int
  var seconds: Double
  var perSecond: Double { Double(count) / seconds }
}

/// Keeps results observable so the optimizer cannot drop the work being timed.
nonisolated(unsafe) var blackHole = 0

/// One warm-up call, doubling calibration batches until one lasts a tenth of `target`, then
/// one batch sized to last about `target` seconds: the same procedure as the peers' bench
/// (../shared/bench/peers), so figures compare.
func measure(target: Double, _ body: () throws -> Int) rethrows -> Measurement {
  let clock = ContinuousClock()
  var sink = try body()
  var count = 1
  var elapsed = 0.0
  while true {
    let start = clock.now
    for _ in 0..<count { sink &+= try body() }
    elapsed = seconds(clock.now - start)
    if elapsed >= target / 10 { break }
    count *= elapsed < target / 100 ? 8 : 2
  }
  let batch = max(1, Int((target / (elapsed / Double(count))).rounded()))
  let start = clock.now
  for _ in 0..<batch { sink &+= try body() }
  let result = Measurement(count: batch, seconds: seconds(clock.now - start))
  blackHole &+= sink
  return result
}

/// Times one call of `body`.
func timeOnce<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = try body()
  return (result, seconds(clock.now - start))
}

private func seconds(_ duration: Duration) -> Double {
  let components = duration.components
  return Double(components.seconds) + Double(components.attoseconds) * 1e-18
}

/// 64-bit FNV-1a as 16 hex digits, the checksum the peers' bench prints.
func fnv1a64(_ bytes: some Sequence<UInt8>) -> String {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes {
    hash ^= UInt64(byte)
    hash = hash &* 0x0000_0100_0000_01b3
  }
  let hex = String(hash, radix: 16)
  return String(repeating: "0", count: 16 - hex.count) + hex
}

/// The peers' comparison form: quote entities decoded, spaces, tabs, CR and LF removed.
func normalized(_ html: String) -> [UInt8] {
  var text = html
  for (entity, character) in [
    ("&#39;", "'"), ("&#x27;", "'"), ("&apos;", "'"), ("&quot;", "\""), ("&#34;", "\""),
    ("&#x22;", "\""),
  ] {
    text = text.replacingOccurrences(of: entity, with: character)
  }
  return text.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
}
