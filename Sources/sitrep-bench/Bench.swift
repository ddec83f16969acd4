import ArgumentParser

/// The benchmark program: generates large corpora and measures every stage of sitrep on them.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep-bench",
        abstract: "Generate large corpora and measure sitrep's speed and memory on them.",
        subcommands: [GenerateCommand.self, RunCommand.self]
    )
}
