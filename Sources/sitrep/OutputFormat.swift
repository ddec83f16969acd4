import ArgumentParser

/// The `--json` / `--csv` flags of the listing subcommands; plain text when neither is given.
struct OutputFormatOptions: ParsableArguments {
    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Flag(help: "Print CSV (RFC 4180).")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }
}
