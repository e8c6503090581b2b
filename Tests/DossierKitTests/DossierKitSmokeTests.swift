import Testing
@testable import DossierKit
