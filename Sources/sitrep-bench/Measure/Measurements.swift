/// Everything measured over the runs of one corpus, gathered before the report takes medians.
struct Measurements {
    var wall: [Stage: Samples] = [:]
    var cpu: [Stage: Samples] = [:]
    /// Load plus the one-core stages.
    var pipeline = Samples()
    var pipelineCPU = Samples()
    /// Load plus the whole analysis on every core.
    var parallel = Samples()
    var keys = Samples()
    var keysCPU = Samples()
    /// The slowest key of the tour over all runs: its wall time and where it sits in the session.
    var slowestKey: (seconds: Double, position: Int)?
    var articles = 0
    var textBytes = 0
    /// The timeline's entries (events and publications): the analysis's output, which grows with the corpus
    /// at its own rate. 0 when no model was kept (`--whole-only`).
    var timelineEntries = 0

    /// Adds one run's stage times; the one-core pipeline is summed only when its stages ran.
    mutating func add(_ times: [Stage: Timing]) {
        for (stage, timing) in times {
            wall[stage, default: Samples()].add(timing.wall)
            cpu[stage, default: Samples()].add(timing.cpu)
        }
        if times[.clean] != nil {
            let total = Stage.pipeline.reduce(Timing.zero) { $0 + (times[$1] ?? .zero) }
            pipeline.add(total.wall)
            pipelineCPU.add(total.cpu)
        }
        parallel.add((times[.load] ?? .zero).wall + (times[.analyze] ?? .zero).wall)
    }

    mutating func add(keys timings: [(position: Int, timing: Timing)]) {
        for (position, timing) in timings {
            keys.add(timing.wall)
            keysCPU.add(timing.cpu)
            if timing.wall > slowestKey?.seconds ?? -1 { slowestKey = (timing.wall, position) }
        }
    }
}
