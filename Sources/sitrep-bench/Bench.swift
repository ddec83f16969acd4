import ArgumentParser
import SitrepCore

/// The benchmark program. (Skeleton: arrives with issue 3.)
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sitrep-bench", abstract: "Measure sitrep.")
    func run() throws {}
}
