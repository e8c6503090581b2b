/// The key of one imported SIVI Verzuimmeldingen notification: technical data only (no
/// content of the notification), so that an import can tell what it already applied.
public struct SiviMeldingSleutel: Codable, Sendable, Hashable, Comparable {
  /// `VrzmgvlId`: the sender's id of the absence case.
  public var verzuimgevalId: String
  /// `VrzmgvlVnrMld`: the notification's number within the absence case.
  public var volgnummer: Int
  /// `Berrefnr`: the reference of the message that carried it.
  public var berrefnr: String

  public init(verzuimgevalId: String, volgnummer: Int, berrefnr: String) {
    self.verzuimgevalId = verzuimgevalId
    self.volgnummer = volgnummer
    self.berrefnr = berrefnr
  }

  public static func < (lhs: SiviMeldingSleutel, rhs: SiviMeldingSleutel) -> Bool {
    (lhs.verzuimgevalId, lhs.volgnummer, lhs.berrefnr)
      < (rhs.verzuimgevalId, rhs.volgnummer, rhs.berrefnr)
  }
}
