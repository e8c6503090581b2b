public import StrictJSON

/// Payment term with its premium surcharge ("Maandbetaling + 6%").
public struct Betaaltermijn: Sendable, Equatable, Codable {
  public var termijn: Termijn
  public var toeslag: Percentage
}

/// How often a premium is paid.
public enum Termijn: String, Sendable, Equatable, Codable, CaseIterable, JSONSchemaEnumeration {
  case jaar, halfjaar, kwartaal, maand

  /// Payments per year.
  public var perJaar: Int {
    switch self {
    case .jaar: 1
    case .halfjaar: 2
    case .kwartaal: 4
    case .maand: 12
    }
  }

  /// Dutch name of the way of paying ("maandbetaling").
  public var betaling: String {
    switch self {
    case .jaar: "jaarbetaling"
    case .halfjaar: "halfjaarbetaling"
    case .kwartaal: "kwartaalbetaling"
    case .maand: "maandbetaling"
    }
  }
}
