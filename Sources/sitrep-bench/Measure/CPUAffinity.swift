import Foundation

/// Confines every thread of this process to one CPU while the one-core stages run, so that stages which
/// use `parallelMap` inside (the timeline's event extraction) are measured on one core too.
enum CPUAffinity {
    /// Runs `body` with the process on CPU 0, then gives every thread its former CPUs back.
    /// Where the system calls are missing (not Linux), runs `body` as it is.
    static func onOneCore<T>(_ body: () throws -> T) rethrows -> T {
        guard let get = call("sched_getaffinity"), let set = call("sched_setaffinity") else { return try body() }
        var original = [UInt8](repeating: 0, count: maskSize)
        guard get(0, maskSize, &original) == 0 else { return try body() }
        var single = [UInt8](repeating: 0, count: maskSize)
        single[0] = 1
        setEveryThread(single, with: set)
        defer { setEveryThread(original, with: set) }
        return try body()
    }

    /// `cpu_set_t`'s size in glibc: 1024 CPUs.
    private static let maskSize = 128

    private typealias AffinityCall = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32

    /// The libc function by name (glibc declares them only under _GNU_SOURCE, which Swift does not see).
    private static func call(_ name: String) -> AffinityCall? {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { return nil }
        return unsafeBitCast(symbol, to: AffinityCall.self)
    }

    /// Applies a CPU mask to each thread listed in /proc/self/task (GCD's workers included).
    private static func setEveryThread(_ mask: [UInt8], with set: AffinityCall) {
        var mask = mask
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? ["0"]
        for thread in threads.compactMap({ pid_t($0) }) { _ = set(thread, maskSize, &mask) }
    }
}
