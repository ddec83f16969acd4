import Foundation

/// The monotonic clock (CLOCK_MONOTONIC through DispatchTime), in nanoseconds.
enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, seconds(since: start))
    }
}

/// Peak resident memory of this process so far.
enum PeakMemory {
    /// In bytes: VmHWM from /proc/self/status, or getrusage's ru_maxrss where /proc is missing.
    static func bytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") {
            return kilobytes * 1024
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024 // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) // bytes on macOS
        #endif
    }
}

/// Number formatting for the reports: fixed decimals, no locale.
enum Format {
    static func decimal(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded) - whole * Int(scale)
        let sign = value < 0 && rounded > 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        let digits = String(fraction + Int(scale)).dropFirst()
        return sign + String(whole) + "." + digits
    }

    static func milliseconds(_ seconds: Double) -> String { decimal(seconds * 1000, seconds < 0.01 ? 3 : 1) }

    static func seconds(_ seconds: Double) -> String { decimal(seconds, 2) + " s" }

    static func megabytes(_ bytes: Int) -> String { decimal(Double(bytes) / 1_048_576, 1) }

    /// Pads on the left to a column width.
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// Pads on the right to a column width.
    static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
