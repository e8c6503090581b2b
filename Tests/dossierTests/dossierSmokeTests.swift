import Testing
@testable import dossier
