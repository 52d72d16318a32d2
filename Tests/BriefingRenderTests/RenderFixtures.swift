import BriefingLayout
import BriefingRender
import Foundation

/// Shared fonts and small scenes for the painter tests.
enum RenderFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fontDirectory = root.appendingPathComponent("styles/fonts").path
    static let fonts: FontLibrary = try! FontLibrary(directory: fontDirectory)
    static let sans = FontSpec(family: "PT Sans", size: 12)

    static func text(_ s: String, at p: Point, font: FontSpec = sans) -> SceneItem {
        .text(TextItem(origin: p, text: s, font: font, color: .black))
    }

    /// A small scene with every kind of item: the PNG golden.
    static var sample: Scene {
        Scene(size: Size(160, 90), background: .white, items: [
            .rect(RectItem(rect: Rect(x: 8, y: 8, width: 144, height: 74), stroke: Stroke(color: Color(hex: "#8D98A3")!, width: 1), cornerRadius: 4)),
            .rect(RectItem(rect: Rect(x: 16, y: 44, width: 90, height: 10), fill: Color(hex: "#1F5A96")!)),
            .path(PathItem(elements: [.move(Point(16, 66)), .line(Point(60, 60)), .line(Point(100, 70)), .line(Point(140, 62))],
                           stroke: Stroke(color: Color(hex: "#D9822B")!, width: 1.5, dash: [3, 2]))),
            .line(from: Point(16, 58), to: Point(144, 58), stroke: Stroke(color: .black, width: 0.5)),
            text("Минск 25–30 %", at: Point(16, 16), font: FontSpec(family: "PT Sans", size: 12, weight: .bold)),
            text("52", at: Point(110, 42), font: FontSpec(family: "PT Serif", size: 10)),
        ])
    }
}
