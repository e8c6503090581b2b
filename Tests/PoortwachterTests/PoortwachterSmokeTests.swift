import Testing
@testable import Poortwachter
