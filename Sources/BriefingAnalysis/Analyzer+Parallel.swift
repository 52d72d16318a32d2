import Foundation

extension Analyzer {
    /// Threads `analyze(folder:)` uses: every active core.
    public static var defaultConcurrency: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Analyses every `*.txt` in `folder`, articles in parallel on `concurrency` threads, with
    /// the same result as the sequential `analyze(files:)`. Articles are read one at a time
    /// inside the loop and each is let go once its facts are found: memory grows with the
    /// facts kept, plus the texts when `keepsText` (the composer quotes them; `briefing facts`
    /// and the benchmark do not need them).
    public func analyze(folder: String, concurrency: Int, keepsText: Bool = true) throws -> Analysis {
        // Names only, each kept once as its document's `fileName`: the paths and a name made
        // per article were two more strings per article for the whole run.
        let names = try CorpusReader.articleNames(in: folder)
        return try analyze(count: names.count, folder: folder, concurrency: concurrency, keepsText: keepsText,
                           sortsSkipped: true) { index in
            (names[index], try CorpusReader.load((folder as NSString).appendingPathComponent(names[index])))
        }
    }

    /// `analyze(files:folder:)` on `concurrency` threads, with the same result.
    public func analyze(files: [(name: String, data: Data)], folder: String = ".", concurrency: Int,
                        keepsText: Bool = true) throws -> Analysis {
        try analyze(count: files.count, folder: folder, concurrency: concurrency, keepsText: keepsText,
                    sortsSkipped: false) { files[$0] }
    }

    // MARK: - Stages

    /// The per-article stages run in parallel, except for articles without a date: they
    /// wait for the translation links, which may give them their twin's date. `load(i)` gives
    /// article `i` (called twice for an undated article when the texts are let go; internal
    /// so that a test can change an article between the two readings).
    func analyze(count: Int, folder: String, concurrency: Int, keepsText: Bool, sortsSkipped: Bool,
                 load: @escaping @Sendable (Int) throws -> (name: String, data: Data)) throws -> Analysis {
        var slots = [Slot](repeating: Slot(), count: count)
        // Equal strings of different articles kept once (see `StringPool`).
        let pool = SharedStringPool()
        Self.forEach(count, concurrency: concurrency, slots: &slots) { index, slot in
            let name: String, data: Data
            do { (name, data) = try load(index) } catch { slot.loadError = error; return }
            let path = CorpusReader.path(of: name, in: folder)
            do {
                let (document, kept) = try Self.readKeepingLines(data, name: name, path: path)
                var result = DocumentAnalysis(document)
                if result.document.date != nil {
                    result.analyse(keepsText: keepsText)
                } else if !keepsText {
                    // Read again once its date is known: keeping the texts of the articles that
                    // wait (a third of a corpus of translations) was a third of the memory.
                    result.document.text = ""
                    result.source = (index, Self.checksum(data), kept)
                }
                pool.withPool { result.intern(into: &$0) }
                slot.result = result
            } catch { slot.readError = error }
        }
        // As the sequential path: every file is loaded before any is read, so a load error wins.
        var skipped: [AnalysisError] = []
        for error in slots.compactMap(\.loadError) + slots.compactMap(\.readError) {
            guard skipBad, let error = error as? AnalysisError else { throw error }
            skipped.append(error)
        }
        var results: [DocumentAnalysis] = []
        results.reserveCapacity(slots.count)
        for slot in slots { if let result = slot.result { results.append(result) } }
        slots = []
        // The linker needs ids and dates only: copies without the texts that articles still
        // waiting for a date hold (a third of a corpus of translations).
        var documents = results.map { result -> Document in
            var document = result.document
            document.text = ""
            return document
        }
        TranslationLinker.apply(TranslationLinker.twins(results.map(\.link)), to: &documents)
        for index in results.indices {
            results[index].document.translationOf = documents[index].translationOf
            results[index].link = LinkProfile.empty
        }
        let waiting = results.indices.filter { results[$0].topics == nil }
        var lateErrors = [Error?](repeating: nil, count: waiting.count)
        results.withUnsafeMutableBufferPointer { buffer in
            lateErrors.withUnsafeMutableBufferPointer { errors in
                let (results, errors) = (buffer, errors)
                Self.forEach(waiting.count, concurrency: concurrency, state: { () }) { k, _ in
                    let index = waiting[k]
                    results[index].document.date = documents[index].date
                    do { try Self.reread(&results[index], folder: folder, load: load) } catch { errors[k] = error; return }
                    results[index].analyse(keepsText: keepsText)
                    pool.withPool { results[index].intern(into: &$0) }
                }
            }
        }
        pool.empty()
        if let error = lateErrors.lazy.compactMap({ $0 }).first { throw error }
        documents = []
        let finalDocuments = results.map(\.document)
        let twins = FactBuilder.twins(of: finalDocuments)
        let events = EventMerger.merge(results.flatMap(\.events))
        let topics = results.compactMap(\.topics)
        // Only the packed items are left to merge: the rest of the results is let go first.
        var items = results.map(\.factItems)
        results = []
        let facts = Self.mergeFacts(&items, ids: finalDocuments.map(\.id), twins: twins, concurrency: concurrency)
        var analysis = Analysis(documents: finalDocuments, facts: facts, events: events, topics: topics)
        analysis.skipped = sortsSkipped ? skipped.sorted { $0.path < $1.path } : skipped
        return analysis
    }

    /// Merges the facts of the documents (`items[i]`: those of the document with id `ids[i]`),
    /// one translation cluster at a time on `concurrency` threads (`MergePlan`): facts of
    /// different clusters never merge, and `FactCollector` keeps the order of one merger over
    /// the corpus. Each document's items are let go once merged: they are most of the memory.
    private static func mergeFacts(_ items: inout [PackedItems], ids: [String],
                                   twins: [String: String], concurrency: Int) -> [Fact] {
        let plan = MergePlan(ids: ids, twins: twins)
        var collector = FactCollector(plan: plan, reserving: items.reduce(0) { $0 + $1.count })
        let lock = NSLock()
        items.withUnsafeMutableBufferPointer { buffer in
            let items = buffer
            forEach(plan.clusterCount, concurrency: concurrency, state: { FactBuilder.merger(twins: twins) }) { cluster, merger in
                let members = plan.members(of: cluster)
                // At most a few documents per cluster: their ends on the stack.
                withUnsafeTemporaryAllocation(of: Int.self, capacity: members.count) { ends in
                    merger.reserveCapacity(members.reduce(0) { $0 + items[$1].count })
                    for (k, index) in members.enumerated() {
                        merger.add(items[index])
                        items[index] = PackedItems()
                        merger.close(document: ids[index])
                        ends[k] = merger.facts.count
                    }
                    let (merged, later) = FactCollector.split(merger.takeFacts(), firstEnd: ends[0])
                    lock.withLock { collector.add(cluster: cluster, merged: merged, later: later, ends: ends) }
                }
            }
        }
        return FactBuilder.facts(collector.takeFacts(), twins: twins, concurrency: concurrency)
    }

    /// Reads again an article whose text was let go while it waited for its date, keeping
    /// what the linker found; the bytes must be the ones read the first time.
    private static func reread(_ result: inout DocumentAnalysis, folder: String,
                               load: (Int) throws -> (name: String, data: Data)) throws {
        guard let source = result.source else { return }
        let (name, data) = try load(source.index)
        let path = CorpusReader.path(of: name, in: folder)
        guard checksum(data) == source.checksum else {
            throw AnalysisError(path: path, reason: "changed while the corpus was being read", hint: "run again")
        }
        // Only the text is new: the profile was made the first time, from the same bytes.
        result.document.text = source.kept.text(of: try TextDecoder.decode(data, path: path))
        result.source = nil
    }

    /// FNV-1a of a file's bytes: enough to notice that a file changed between two reads.
    private static func checksum(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            bytes.reduce(ByteHash.seed, ByteHash.add)
        }
    }

    /// What one article became: its analysis, or why it could not be loaded or read.
    private struct Slot: @unchecked Sendable {
        var result: DocumentAnalysis?
        var loadError: Error?
        var readError: Error?
    }

    /// Runs `body` for every index on `concurrency` threads; each index is taken by one
    /// worker (next free index, so long and short articles balance) and writes only its slot.
    private static func forEach(_ count: Int, concurrency: Int, slots: inout [Slot],
                                _ body: @escaping (Int, inout Slot) -> Void) {
        slots.withUnsafeMutableBufferPointer { buffer in
            let base = buffer
            forEach(count, concurrency: concurrency, state: { () }) { index, _ in body(index, &base[index]) }
        }
    }

    /// Runs `body` for every index, in increasing order of taking, on `concurrency` threads,
    /// each thread with its own `state` (made once per thread: scratch kept across indices).
    static func forEach<State>(_ count: Int, concurrency: Int, state makeState: () -> State,
                                       _ body: (Int, inout State) -> Void) {
        let workers = max(1, min(concurrency, count))
        guard workers > 1 else {
            var state = makeState()
            for index in 0..<count { body(index, &state) }
            return
        }
        let lock = NSLock()
        var next = 0
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var state = makeState()
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < count else { return }
                body(index, &state)
            }
        }
    }
}
