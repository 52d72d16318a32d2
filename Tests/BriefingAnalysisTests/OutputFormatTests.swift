import Testing
@testable import BriefingAnalysis

/// JSON contract, CSV quoting and the terminal table.
struct OutputFormatTests {
    static let analysis: Analysis = {
        let document = Document(id: "001", fileName: "001.txt", language: .en, title: "Title with \"quotes\"",
                                date: TimeValue(year: 2023, month: 9, day: 26), droppedLines: 2, text: "text")
        let fact = Fact(id: "f1", kind: .percent, value: 25, qualifier: .exact, unit: "%", subject: "trade, turnover",
                        indicator: "trade.turnover.growth", change: .up, period: "2022",
                        mentions: [Mention(document: "001", quote: "by 25%", sentence: "It grew\nby 25%, \"really\".")])
        let range = Fact(id: "f2", kind: .range, low: 25, high: 30.5, qualifier: .about, unit: "%", subject: "equipment",
                         discrepancyWith: ["f1"], mentions: [Mention(document: "001", quote: "25-30.5%", sentence: "s")])
        let event = Event(date: TimeValue(year: 2023, month: 6), title: "Meeting", kind: .meeting, planned: true,
                          participants: ["Governor"], place: "Minsk", mentions: [])
        return Analysis(documents: [document], facts: [fact, range], events: [event],
                        topics: [DocumentTopics(document: "001", areas: ["water": 0.5, "energy": 1])])
    }()

    @Test func jsonKeysInContractOrder() {
        let json = Self.analysis.formatted(as: .json)
        let keys = ["\"id\"", "\"kind\"", "\"value\"", "\"low\"", "\"high\"", "\"qualifier\"", "\"unit\"", "\"per\"",
                    "\"subject\"", "\"indicator\"", "\"change\"", "\"period\"", "\"discrepancyWith\"", "\"mentions\""]
        let factStart = json.range(of: "\"facts\"")!.upperBound
        var cursor = factStart
        for key in keys {
            let r = json.range(of: key, range: cursor..<json.endIndex)
            #expect(r != nil, "missing \(key)")
            if let r { cursor = r.upperBound }
        }
        #expect(json.range(of: "\"documents\"")!.lowerBound < json.range(of: "\"facts\"")!.lowerBound)
        #expect(json.range(of: "\"events\"")!.lowerBound < json.range(of: "\"topics\"")!.lowerBound)
    }

    @Test func jsonValues() {
        let json = Self.analysis.formatted(as: .json)
        #expect(json.contains("\"value\": 25,"))
        #expect(json.contains("\"high\": 30.5,"))
        #expect(json.contains("\"low\": null,"))
        #expect(json.contains("\"title\": \"Title with \\\"quotes\\\"\""))
        #expect(json.contains("\"sentence\": \"It grew\\nby 25%, \\\"really\\\".\""))
        #expect(json.contains("\"date\": \"2023-09-26\""))
        #expect(json.contains("\"droppedLines\": 2"))
        #expect(json.contains("\"discrepancyWith\": [\"f1\"]"))
        #expect(json.contains("\"precision\": \"month\""))
        #expect(json.contains("\"planned\": true"))
        // Topic areas in key order, never in Dictionary order.
        #expect(json.range(of: "\"energy\"")!.lowerBound < json.range(of: "\"water\"")!.lowerBound)
    }

    @Test func jsonIsValidAndStable() throws {
        let json = Self.analysis.formatted(as: .json)
        #expect(json == Self.analysis.formatted(as: .json))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((parsed?["facts"] as? [Any])?.count == 2)
    }

    /// The streamed JSON is the text of the whole value tree, for a full and an empty analysis.
    @Test func streamedJSONIsTheTreesText() {
        let empty = Analysis(documents: [], facts: [], events: [], topics: [])
        for analysis in [Self.analysis, empty] {
            #expect(analysis.formattedBytes(as: .json) == Array((JSONValue.object(analysis.jsonFields).pretty() + "\n").utf8))
        }
    }

    @Test func escapesControlCharacters() {
        #expect(JSONValue.quote("a\u{1}b\\c") == "\"a\\u0001b\\\\c\"")
        #expect(JSONValue.format(1e20) == "1e+20")
        #expect(JSONValue.format(-3) == "-3")
        #expect(JSONValue.format(.nan) == "null")
    }

    @Test func csvOneRowPerMentionQuoted() {
        let csv = Self.analysis.formatted(as: .csv)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == Analysis.csvHeader.joined(separator: ","))
        #expect(csv.contains("f1,percent,25,,,exact,%,,\"trade, turnover\",trade.turnover.growth,up,2022,,001,by 25%,\"It grew\nby 25%, \"\"really\"\".\"\r\n"))
        #expect(csv.contains("f2,range,,25,30.5,about,%,,equipment,,,,f1,001,25-30.5%,s\r\n"))
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func tableIsAligned() {
        let table = Self.analysis.formatted(as: .table)
        #expect(table.contains("+25 %"))
        #expect(table.contains("≈25–30.5 %"))
        let factLines = table.components(separatedBy: "\n").drop { $0 != "Facts" }.dropFirst().prefix(3)
        let kindColumns = factLines.map { line -> Int in
            let r = line.range(of: "percent") ?? line.range(of: "range") ?? line.range(of: "kind")!
            return line.distance(from: line.startIndex, to: r.lowerBound)
        }
        #expect(Set(kindColumns).count == 1)
    }

    @Test func everyFormatIsListed() {
        #expect(FactsFormat.allCases.map(\.rawValue) == ["json", "csv", "table"])
    }
}

import Foundation
