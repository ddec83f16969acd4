import ArgumentParser
import Foundation
import SitrepCore
import SitrepTerminal
import SitrepUI

/// Opens the interactive browser on the terminal, or with `--script` runs keystrokes headless and prints the screen.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the interactive timeline browser (default).")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Run the keystrokes in FILE without a terminal and print the screen as text.")
    var script: String?

    @Option(help: "Screen size for --script, as COLUMNSxROWS.")
    var size: String = "80x24"

    @Flag(help: "With --script, print the screen after every step, not only at the end.")
    var eachStep = false

    /// Longest wait for the analysis before the first paint: a small corpus opens complete, a large
    /// one opens at once with its progress showing.
    static let firstPaintWait = 0.1

    func run() throws {
        let analysis = BackgroundAnalysis(try corpus.loadCorpusReportingProblems())
        if let script {
            try runScript(script, model: analysis.wait()!)
            return
        }
        try runInteractive(analysis)
    }

    /// Opens the browser on the terminal; exits non-zero with a clear message when there is none.
    private func runInteractive(_ analysis: BackgroundAnalysis) throws {
        analysis.wait(seconds: Self.firstPaintWait)
        var application = Application(loading: analysis)
        _ = application.pollBackgroundWork()
        let ending: TerminalBackend.Ending
        do {
            ending = try TerminalBackend.run(&application)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        if ending.exitStatus != 0 { throw ExitCode(ending.exitStatus) }
    }

    private func runScript(_ path: String, model: CorpusModel) throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else {
            throw ValidationError("--size must look like 80x24, not \(size)")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read script \(path): \(error.localizedDescription)")
        }
        let keys: KeyScript
        do {
            keys = try KeyScript(parsing: text)
        } catch {
            throw ValidationError("\(path): \(error)")
        }
        var runner = ScriptRunner(model: model, width: parts[0], height: parts[1])
        print(runner.run(keys, eachStep: eachStep), terminator: "")
    }
}
