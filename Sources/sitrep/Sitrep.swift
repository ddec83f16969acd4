import ArgumentParser

/// The `sitrep` command: a terminal timeline browser for news coverage.
@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Browse what happened when, who says so, and who is involved, across news outlets.",
        version: "0.1.0",
        subcommands: [Browse.self, Timeline.self, Entities.self, Articles.self, Annotations.self, Check.self],
        defaultSubcommand: Browse.self
    )
}
