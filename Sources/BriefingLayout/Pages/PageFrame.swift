/// What goes around the content of every page: running header, footer and page number.
public struct PageFrame: Hashable, Sendable {
    public var title: String
    public var header: String
    public var footer: String
    /// What `{page-of-pages}` becomes, in the briefing's language: "Page {page} of {pages}".
    public var pageOfPages: String

    public init(title: String, header: String, footer: String, pageOfPages: String = "{page} / {pages}") {
        self.title = title; self.header = header; self.footer = footer; self.pageOfPages = pageOfPages
    }

    /// Fills `{title}`, `{page-of-pages}`, `{page}` and `{pages}`.
    func fill(_ template: String, page: Int, pages: Int) -> String {
        template.replacingOccurrences(of: "{page-of-pages}", with: pageOfPages)
            .replacingOccurrences(of: "{title}", with: title)
            .replacingOccurrences(of: "{page}", with: String(page))
            .replacingOccurrences(of: "{pages}", with: String(pages))
    }
}

import Foundation
