#if canImport(Glibc)
import Glibc
#endif

/// Gives freed heap pages back to the system between the stages of a large analysis.
///
/// glibc keeps the pages of freed small blocks until the top of the heap is free, so the
/// packed items let go during the merge stayed in the resident set while the facts grew
/// beside them. `malloc_trim` releases every whole free page. Looked up at run time: it is
/// glibc's, and elsewhere there is nothing to do.
enum HeapTrim {
    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
    #endif

    /// Releases free pages now; cheap next to the work between two calls.
    static func releaseFreePages() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }
}
