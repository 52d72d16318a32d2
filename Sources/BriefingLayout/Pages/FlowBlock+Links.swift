extension FlowBlock {
    /// Every destination the blocks link to: citation markers of paragraphs and the link
    /// areas inside figures (chart labels).
    static func linkDestinations(_ blocks: [FlowBlock]) -> Set<String> {
        var destinations = Set<String>()
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): destinations.formUnion(paragraph.links.map(\.destination))
            case .figure(let items, _, _): items.forEach { $0.collectLinkDestinations(into: &destinations) }
            case .heading, .space, .rule: break
            }
        }
        return destinations
    }
}

extension SceneItem {
    func collectLinkDestinations(into destinations: inout Set<String>) {
        switch self {
        case .link(_, let destination): destinations.insert(destination)
        case .group(let group): group.items.forEach { $0.collectLinkDestinations(into: &destinations) }
        default: break
        }
    }
}
