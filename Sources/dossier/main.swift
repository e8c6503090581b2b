import Foundation

StandardStream.prepare()
let status = DossierCLI.run(Array(CommandLine.arguments.dropFirst()), console: .standard)
exit(status.rawValue)
