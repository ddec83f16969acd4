#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads a whole file into a byte array with `open`, `fstat` and `read`, sized from the file's length.
enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read (a folder, missing, no permission).
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // A regular file is read in one go at the size it has now; anything else in chunks to the end.
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        let chunkSize = isRegular ? Int(status.st_size) : 1 << 16
        var bytes: [UInt8] = []
        while true {
            guard let chunk = readChunk(descriptor, upTo: chunkSize) else { return nil }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if isRegular || chunk.count < chunkSize { return bytes }
        }
    }

    /// Up to `size` bytes; fewer only at the end of the file.
    private static func readChunk(_ descriptor: Int32, upTo size: Int) -> [UInt8]? {
        var failed = false
        let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = systemRead(descriptor, buffer.baseAddress! + count, size - count)
                if got > 0 { count += got; continue }
                if got < 0, errno == EINTR { continue }
                failed = got < 0
                return
            }
        }
        return failed ? nil : chunk
    }
}
