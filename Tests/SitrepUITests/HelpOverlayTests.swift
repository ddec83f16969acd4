import Foundation
import Testing
@testable import SitrepUI

/// The help screen golden file catches key-map drift. After an intended change to the key table,
/// regenerate it with `SITREP_UPDATE_GOLDEN=1 swift test --filter HelpOverlayTests` and review the diff.
@Suite struct HelpOverlayTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/help-80x24.txt")

    @Test func helpScreenMatchesTheGoldenFile() throws {
        let text = try screen("?") + "\n"
        if ProcessInfo.processInfo.environment["SITREP_UPDATE_GOLDEN"] != nil {
            try text.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(text == expected)
    }

    @Test func everyBindingIsListed() throws {
        let text = try screen("?", width: 200, height: 60)
        for binding in KeyMap.bindings {
            #expect(text.contains(binding.help), "missing \(binding.help)")
            #expect(text.contains(binding.keys.map(KeyName.label).joined(separator: " ")))
        }
    }

    @Test func helpClosesWithQuestionMarkEscOrQWithoutQuitting() throws {
        for close in ["?", "<Esc>", "q"] {
            let app = try application(after: "?" + close)
            #expect(!app.state.helpVisible)
            #expect(!app.wantsQuit)
        }
    }

    @Test func helpScrollsWhenTheScreenIsShort() throws {
        let top = try screen("?", width: 60, height: 16)
        #expect(top.contains("Panes"))
        #expect(!top.contains("Quit"))
        let bottom = try screen("?GGjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj", width: 60, height: 16)
        #expect(bottom.contains("Quit"))
    }

    @Test func statusBarHintsComeFromTheKeyTable() throws {
        let status = try screen("").split(separator: "\n").last!
        #expect(status.hasSuffix("?:help q:quit /:search Tab:pane"))
    }

    @Test func readerHintsNameTheReaderKeys() throws {
        let status = try screen("3").split(separator: "\n").last!
        #expect(status.hasSuffix("?:help q:quit ]:mention v:boilerplate"))
    }
}
