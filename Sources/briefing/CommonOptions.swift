import ArgumentParser
import BriefingAnalysis

/// Options every command that reads articles and a style shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of *.txt articles.")
    var seeds: String = "seeds"

    @Option(name: .long, help: "Style name (from styles/) or path to a .style file.")
    var style: String = "default"

    @Option(name: .long, help: "Language of the briefing: en or ru.")
    var lang: String = "en"

    func validate() throws {
        _ = try language()
    }

    func language() throws -> Language {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("unknown language '\(lang)' (use en or ru)")
        }
        return language
    }
}

