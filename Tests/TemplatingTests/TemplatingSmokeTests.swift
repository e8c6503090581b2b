import Testing
@testable import Templating
