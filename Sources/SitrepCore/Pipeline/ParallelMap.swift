import Foundation

/// Maps `0..<count` on every core, each index written by exactly one worker; the results keep index order.
public func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let slots = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.store(transform(index), at: index)
    }
    return slots.takeValues()
}

/// `parallelMap` for a transform that makes two things, each returned in an array of its own (so that
/// either can be let go, or changed in place, without copying the other).
public func parallelMap<A: Sendable, B: Sendable>(pairs count: Int, _ transform: @Sendable (Int) -> (A, B)) -> ([A], [B]) {
    let first = ResultSlots<A>(count: count), second = ResultSlots<B>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let (a, b) = transform(index)
        first.store(a, at: index)
        second.store(b, at: index)
    }
    return (first.takeValues(), second.takeValues())
}

/// Storage that workers fill at distinct indices; safe because no index is written twice.
private final class ResultSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }

    func store(_ value: T, at index: Int) { buffer[index] = value }

    /// The values in index order, moved out (a copy would retain and release every reference they hold).
    func takeValues() -> [T] { (0..<count).map { buffer[$0].take()! } }
}
