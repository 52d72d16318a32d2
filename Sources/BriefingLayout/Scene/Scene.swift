/// A page or a stand-alone chart: a size in points and the items to draw on it.
public struct Scene: Hashable, Sendable, Codable {
    public var size: Size
    public var background: Color?
    public var items: [SceneItem]
    public init(size: Size, background: Color? = nil, items: [SceneItem] = []) {
        self.size = size; self.background = background; self.items = items
    }
}

/// A multi-page document ready to paint: pages, outline and metadata.
public struct SceneDocument: Hashable, Sendable, Codable {
    /// A bookmark in the PDF outline pointing at an anchor.
    public struct OutlineEntry: Hashable, Sendable, Codable {
        public var title: String
        public var destination: String
        public var level: Int
        public init(title: String, destination: String, level: Int = 0) {
            self.title = title; self.destination = destination; self.level = level
        }
    }
    /// PDF document information.
    public struct Metadata: Hashable, Sendable, Codable {
        public var title: String
        public var author: String
        public var subject: String
        public var keywords: String
        public var creator: String
        /// ISO 8601 `YYYY-MM-DDThh:mm:ssZ`, never the wall clock.
        public var creationDate: String
        public init(title: String = "", author: String = "", subject: String = "", keywords: String = "",
                    creator: String = "", creationDate: String) {
            self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
            self.creator = creator; self.creationDate = creationDate
        }
    }

    public var pages: [Scene]
    public var outline: [OutlineEntry]
    public var metadata: Metadata
    public init(pages: [Scene], outline: [OutlineEntry] = [], metadata: Metadata) {
        self.pages = pages; self.outline = outline; self.metadata = metadata
    }
}
