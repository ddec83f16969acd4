import Testing
@testable import SitrepUI

@Suite struct KeyScriptTests {
    @Test func parsesCharactersNamedKeysAndComments() throws {
        let script = try KeyScript(parsing: """
            # open the second event
            jj<Enter>
              <Tab> <S-Tab><C-d><PgDn><Home><Esc>
            /Abu Bakr<Space><Lt><Resize 100x30><Click 3 4><F1>
            """)
        let keys: [KeyScript.Step] = [.key(.character("j")), .key(.character("j")), .key(.enter), .key(.tab),
                                      .key(.character(" ")), .key(.backTab), .key(.control("d")), .key(.pageDown),
                                      .key(.home), .key(.escape), .key(.character("/"))]
        #expect(Array(script.steps.prefix(keys.count)) == keys)
        #expect(script.steps.contains(.key(.character("<"))))
        #expect(script.steps.contains(.resize(width: 100, height: 30)))
        #expect(script.steps.contains(.key(.mouse(MouseEvent(kind: .press, x: 3, y: 4)))))
        #expect(script.steps.last == .key(.function(1)))
    }

    @Test func unknownKeysAreErrorsWithTheLine() {
        #expect(throws: KeyScript.ParseError(line: 2, message: "unknown key <Bogus>")) {
            try KeyScript(parsing: "j\n<Bogus>")
        }
        #expect(throws: KeyScript.ParseError.self) { try KeyScript(parsing: "<Resize 80by24>") }
    }

    @Test func eachStepPrintsAScreenPerKeyUnderASeparator() throws {
        var runner = ScriptRunner(model: FixtureModel.model, width: 80, height: 24)
        let output = runner.run(try KeyScript(parsing: "j<Tab>"), eachStep: true)
        #expect(output.contains("--- step 0: start ---"))
        #expect(output.contains("--- step 1: j ---"))
        #expect(output.contains("--- step 2: <Tab> ---"))
        #expect(output.components(separatedBy: "─ Timeline").count == 4)
    }

    @Test func scriptStopsAtQuit() throws {
        var runner = ScriptRunner(model: FixtureModel.model, width: 80, height: 24)
        _ = runner.run(try KeyScript(parsing: "q<Tab>"))
        #expect(runner.application.state.focus == .timeline)
    }

    @Test func keyNamesRoundTrip() {
        for key: Key in [.enter, .escape, .tab, .backTab, .backspace, .up, .down, .pageUp, .pageDown, .home, .end,
                         .control("d"), .function(5), .character(" ")] {
            #expect(KeyName.parse(KeyName.label(key)) == key)
        }
    }
}
