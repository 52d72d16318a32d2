// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingAnalysis", targets: ["BriefingAnalysis"]),
        .library(name: "BriefingLayout", targets: ["BriefingLayout"]),
        .library(name: "BriefingRender", targets: ["BriefingRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The only C module: Cairo + Pango (+ fontconfig through pangoft2) via pkg-config.
        .systemLibrary(
            name: "CCairoPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"]), .brew(["cairo", "pango"])]
        ),
        // Text in, facts out. Pure Swift, no Cairo.
        .target(name: "BriefingAnalysis", resources: [.copy("Resources")]),
        // Scenes in points: charts, pages, styles. Pure Swift, no Cairo.
        .target(name: "BriefingLayout", dependencies: ["BriefingAnalysis"]),
        // The one seam to C: Pango measurer, Cairo painter, PDF/SVG/PNG surfaces, pinned fonts.
        .target(name: "BriefingRender", dependencies: ["CCairoPango", "BriefingLayout"]),
        // Seeds -> analysis -> layout -> files, written atomically. Used by the CLI and the tests.
        .target(name: "BriefingPipeline", dependencies: ["BriefingAnalysis", "BriefingLayout", "BriefingRender"]),
        .executableTarget(
            name: "briefing",
            dependencies: ["BriefingPipeline", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Corpus generator and benchmark (issue 7): `swift run -c release briefing-bench`.
        .executableTarget(name: "briefing-bench", dependencies: ["BriefingPipeline", "BriefingAnalysis", "BriefingLayout", "BriefingRender"]),
        .testTarget(name: "BriefingAnalysisTests", dependencies: ["BriefingAnalysis"], exclude: ["DevCorpus"]),
        .testTarget(name: "BriefingLayoutTests", dependencies: ["BriefingLayout"], exclude: ["Snapshots"]),
        .testTarget(name: "BriefingRenderTests", dependencies: ["BriefingRender"], exclude: ["Goldens"]),
        .testTarget(name: "BriefingBenchTests", dependencies: ["briefing-bench"]),
        .testTarget(name: "BriefingCLITests", dependencies: ["briefing", "BriefingPipeline", "BriefingAnalysis", "BriefingLayout"]),
    ],
    swiftLanguageModes: [.v5]
)
