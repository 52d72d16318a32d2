/// Links documents that are the same article in two languages (stub).
enum TranslationLinker {
    static func link(_ documents: inout [Document]) {}
}
