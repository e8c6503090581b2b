import Foundation

/// A small case file model, decoded with compiler-synthesized conformances.
struct Dossier: Decodable, Equatable {
  var naam: String
  var status: Status
  var bedrag: Decimal
  var werknemer: Werknemer
  var periodes: [Periode]
  var notitie: String?
}

enum Status: String, Decodable {
  case open, gesloten
}

struct Werknemer: Decodable, Equatable {
  var bsn: String
  var uren: Double
  var actief: Bool
}

struct Periode: Decodable, Equatable {
  var eersteZiektedag: Datum
  var hersteldatum: Datum?
  var percentage: Int
}

/// A date that rejects impossible days the way a domain type does: by throwing
/// `DecodingError.dataCorrupted` with its own message.
struct Datum: Decodable, Equatable {
  var year: Int
  var month: Int
  var day: Int

  init(_ year: Int, _ month: Int, _ day: Int) {
    (self.year, self.month, self.day) = (year, month, day)
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]),
      (1...Self.days(inMonth: parts[1], year: parts[0])).contains(parts[2])
    else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\"\(text)\" is not a valid date (yyyy-mm-dd)")
    }
    (year, month, day) = (parts[0], parts[1], parts[2])
  }

  private static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

let validDossier = """
  {
    "naam": "Jansen",
    "status": "open",
    "bedrag": 1234.56,
    "werknemer": {"bsn": "123456782", "uren": 32.5, "actief": true},
    "periodes": [
      {"eersteZiektedag": "2024-02-29", "percentage": 100},
      {"eersteZiektedag": "2024-05-01", "hersteldatum": null, "percentage": 50}
    ]
  }
  """
