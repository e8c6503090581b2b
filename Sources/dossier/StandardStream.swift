import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output or standard error, written with `write(2)` so that a failed write is seen
/// (Foundation's `FileHandle.write` traps on one).
///
/// A write that fails ends the process here, because no command could do anything sensible
/// after it: a full disk, a closed descriptor or an I/O error prints one line and exits 2
/// (unusable: the output cannot be delivered); a reader that went away (`EPIPE`, as in
/// `dossier validate … | head`) exits quietly with 141, the status a shell reports for a tool
/// ended by SIGPIPE, so a script with `set -o pipefail` sees it as it sees `cat` there, and a
/// cut-off report never passes for "all well".
struct StandardStream: Sendable {
  let descriptor: Int32
  let name: String
  /// True when the descriptor was closed at start; see `prepare()`.
  let wasClosed: Bool

  /// The exit status after the reader of a pipe went away: 128 + SIGPIPE.
  static let closedPipeStatus: Int32 = 141

  static let output = StandardStream(descriptor: 1, name: "standard output")
  static let error = StandardStream(descriptor: 2, name: "standard error")

  private init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
    self.wasClosed = fcntl(descriptor, F_GETFD) == -1
  }

  /// Run once at start, before any file is opened: a closed pipe becomes `EPIPE` instead of a
  /// silent death by signal, and a closed standard descriptor is held on `/dev/null`, so that
  /// the next file the program opens does not take its number and receive the output.
  /// Writes to a stream that was closed still fail (see `write`).
  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
    for stream in [output, error] where stream.wasClosed {
      let placeholder = open("/dev/null", O_RDWR)
      if placeholder != stream.descriptor && placeholder >= 0 {
        dup2(placeholder, stream.descriptor)
        close(placeholder)
      }
    }
  }

  func write(_ data: Data) {
    if wasClosed { fail(reason: "it is closed") }
    data.withUnsafeBytes { buffer in
      guard var next = buffer.baseAddress else { return }
      var remaining = buffer.count
      while remaining > 0 {
        let written = systemWrite(descriptor, next, remaining)
        if written >= 0 {
          remaining -= written
          next += written
        } else if errno == EINTR {
          continue
        } else if errno == EPIPE {
          exit(Self.closedPipeStatus)
        } else {
          fail(reason: String(cString: strerror(errno)))
        }
      }
    }
  }

  /// One line on standard error (unless it is standard error that failed), then exit 2.
  private func fail(reason: String) -> Never {
    if descriptor != Self.error.descriptor && !Self.error.wasClosed {
      let line = Array("dossier: cannot write to \(name): \(reason)\n".utf8)
      _ = line.withUnsafeBytes { bytes in
        bytes.baseAddress.map { systemWrite(Self.error.descriptor, $0, bytes.count) }
      }
    }
    exit(ExitCode.unusable.rawValue)
  }
}

/// `write(2)`, named apart from `StandardStream.write(_:)`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #elseif canImport(Musl)
    Musl.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}
