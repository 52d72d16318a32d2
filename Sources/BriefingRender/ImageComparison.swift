import CCairoPango

/// Compares two PNG images pixel by pixel with a tolerance, for golden tests (after
/// Typst's tolerance of 1 per byte and matplotlib's diff image on failure).
public enum ImageComparison {
    public struct Result {
        /// Largest difference of any channel of any pixel, 0–255.
        public var maxDifference: Int
        /// Pixels where some channel differs by more than the tolerance.
        public var differingPixels: Int
        /// A PNG showing differing pixels in red over a faded copy of the expected image.
        public var diffPNG: [UInt8]
        public var sizesMatch: Bool
    }

    /// Decodes both PNGs and compares them.
    public static func compare(_ actual: [UInt8], _ expected: [UInt8], tolerance: Int) throws -> Result {
        let a = try DecodedImage(png: actual), e = try DecodedImage(png: expected)
        guard a.width == e.width, a.height == e.height else {
            return Result(maxDifference: 255, differingPixels: max(a.width * a.height, e.width * e.height),
                          diffPNG: actual, sizesMatch: false)
        }
        var maxDifference = 0, differing = 0
        var diff = [UInt32](repeating: 0, count: a.width * a.height)
        for i in 0..<a.pixels.count {
            let p = a.pixels[i], q = e.pixels[i]
            var worst = 0
            for shift in stride(from: 0, to: 32, by: 8) {
                worst = max(worst, abs(Int((p >> UInt32(shift)) & 0xFF) - Int((q >> UInt32(shift)) & 0xFF)))
            }
            maxDifference = max(maxDifference, worst)
            if worst > tolerance {
                differing += 1
                diff[i] = 0xFFFF_0000
            } else {
                // Faded expected pixel: keep a quarter of its darkness.
                let grey = UInt32(255 - (255 - Int(q & 0xFF)) / 4)
                diff[i] = 0xFF00_0000 | grey << 16 | grey << 8 | grey
            }
        }
        return Result(maxDifference: maxDifference, differingPixels: differing,
                      diffPNG: try DecodedImage.encode(diff, width: a.width, height: a.height), sizesMatch: true)
    }
}

/// A PNG decoded into premultiplied ARGB32 pixels through Cairo.
struct DecodedImage {
    var width: Int
    var height: Int
    var pixels: [UInt32]

    init(png: [UInt8]) throws {
        final class Reader { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let reader = Reader(png)
        let read: cairo_read_func_t = { closure, data, length in
            let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + r.offset, count: n) }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())!
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface), "decoding a PNG")
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var pixels = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { pixels[y * width + x] = row[x] }
        }
        self.pixels = pixels
    }

    static func encode(_ pixels: [UInt32], width: Int, height: Int) throws -> [UInt8] {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { row[x] = pixels[y * width + x] }
        }
        cairo_surface_mark_dirty(surface)
        let sink = ByteSink()
        try check(cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.pointer), "encoding a diff PNG")
        return sink.bytes
    }
}
