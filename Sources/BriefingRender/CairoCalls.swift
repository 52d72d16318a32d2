import CCairoPango

// MARK: - The few small functions through which this module talks to Cairo's status API

/// Throws when `status` is not success, naming what we were doing.
func check(_ status: cairo_status_t, _ activity: @autoclosure () -> String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    throw RenderError.cairo(status: Int(status.rawValue), message: String(cString: cairo_status_to_string(status)),
                            while: activity())
}

/// Collects the bytes a Cairo stream surface writes, so files can be written atomically later.
final class ByteSink {
    var bytes: [UInt8] = []

    /// The C callback Cairo calls with each chunk; `closure` is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
