import Foundation

let status = DossierCLI.run(Array(CommandLine.arguments.dropFirst()), console: .standard)
exit(status.rawValue)
