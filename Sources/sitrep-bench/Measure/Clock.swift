import Foundation

/// Elapsed wall-clock seconds and the CPU seconds the whole process used meanwhile (all threads).
/// On a machine shared with other work, CPU time is the figure that does not depend on the neighbours.
struct Timing: Codable, Sendable {
    var wall: Double
    var cpu: Double

    static let zero = Timing(wall: 0, cpu: 0)
    static func + (a: Timing, b: Timing) -> Timing { Timing(wall: a.wall + b.wall, cpu: a.cpu + b.cpu) }
}

/// The monotonic clock (CLOCK_MONOTONIC through DispatchTime) and the process CPU clock.
enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

    /// CPU seconds used by every thread of this process (CLOCK_PROCESS_CPUTIME_ID).
    static func processCPU() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its result with the wall and CPU time it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Timing) {
        let cpu = processCPU()
        let start = now()
        let result = try body()
        return (result, Timing(wall: seconds(since: start), cpu: processCPU() - cpu))
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
