/// Works out language, title, date and publisher of an article (stub).
enum DocumentProfiler {
    static func profile(fileName: String, text: String) -> Document {
        let id = fileName.hasSuffix(".txt") ? String(fileName.dropLast(4)) : fileName
        let cyrillic = text.unicodeScalars.filter { (0x400...0x4FF).contains($0.value) }.count
        let latin = text.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count
        let title = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.count > 30 } ?? id
        return Document(id: id, fileName: fileName, language: cyrillic > latin ? .ru : .en, title: title, text: text)
    }
}

import Foundation
