/// What goes around the content of every page: running header, footer and page number.
public struct PageFrame: Hashable, Sendable {
    public var title: String
    public var header: String
    public var footer: String
    /// Replaces `{page}`/`{pages}`; the language decides the words ("Page 2 of 5").
    public var pageLabel: String

    public init(title: String, header: String, footer: String, pageLabel: String = "{page}") {
        self.title = title; self.header = header; self.footer = footer; self.pageLabel = pageLabel
    }

    func fill(_ template: String, page: Int, pages: Int) -> String {
        template.replacingOccurrences(of: "{title}", with: title)
            .replacingOccurrences(of: "{page}", with: String(page))
            .replacingOccurrences(of: "{pages}", with: String(pages))
    }
}

import Foundation
