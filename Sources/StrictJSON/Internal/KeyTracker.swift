/// Which keys of one JSON object the decoding types asked for, so that keys nobody asked for
/// (typos, above all) are reported instead of silently dropped.
struct KeyTracker {
  /// Storage address of the object's member array: identifies the object even when nodes
  /// carry no real positions, and stays valid because `members` keeps the storage alive.
  let identity: UnsafeRawPointer?
  let members: [JSONMember]
  let path: CodingPathNode
  /// One bit per member; objects with more than 64 members spill into `overflow`.
  private var askedBits: UInt64 = 0
  private var overflow: [Bool] = []
  /// Keys asked for but absent: candidates for a did-you-mean next to present keys.
  private(set) var absentAsked: [String] = []
  /// Set once a type read `allKeys`: it enumerates the keys itself (as dictionaries do),
  /// so every key counts as known.
  var readsAllKeys = false

  init(members: [JSONMember], path: CodingPathNode) {
    self.identity = Self.identity(of: members)
    self.members = members
    self.path = path
  }

  static func identity(of members: [JSONMember]) -> UnsafeRawPointer? {
    members.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }

  mutating func markAsked(member index: Int) {
    if index < 64 {
      askedBits |= 1 << UInt64(index)
    } else {
      if overflow.isEmpty { overflow = Array(repeating: false, count: members.count - 64) }
      overflow[index - 64] = true
    }
  }

  mutating func markAbsentAsked(_ key: String) {
    if !absentAsked.contains(key) { absentAsked.append(key) }
  }

  func isAsked(member index: Int) -> Bool {
    if index < 64 { return askedBits & (1 << UInt64(index)) != 0 }
    return !overflow.isEmpty && overflow[index - 64]
  }

  /// The first member, in document order, that no type asked for.
  var firstUnasked: Int? {
    if readsAllKeys { return nil }
    if members.count <= 64, askedBits == (members.count == 64 ? .max : (1 << members.count) - 1) {
      return nil
    }
    return members.indices.first { !isAsked(member: $0) }
  }

  /// Every key asked for, present or not.
  var askedKeys: [String] {
    members.indices.filter { isAsked(member: $0) }.map { members[$0].key } + absentAsked
  }
}
