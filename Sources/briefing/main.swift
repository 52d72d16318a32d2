import ArgumentParser
import Foundation

// Usage errors get the same one-line shape as every other error (plus a hint), exit 64;
// help, version and the commands' own exits go through ArgumentParser as usual.
do {
    var command = try BriefingCommand.parseAsRoot()
    try command.run()
} catch {
    let code = BriefingCommand.exitCode(for: error)
    guard code == .validationFailure else { BriefingCommand.exit(withError: error) }
    let message = BriefingCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
    let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
    FileHandle.standardError.write(Data("briefing: error: \(text) (see 'briefing --help')\n".utf8))
    exit(code.rawValue)
}
