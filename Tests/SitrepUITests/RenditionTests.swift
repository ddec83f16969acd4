import Testing
@testable import SitrepUI

/// SGR between two styles: only what is added when nothing is turned off, else a reset and everything.
@Suite struct RenditionTests {
    func sequence(_ from: String, _ to: String) -> String { Rendition(from).sequence(to: Rendition(to)) }

    @Test func fromPlainTextOnlyTheNewParameters() {
        #expect(sequence("", "1;4;38;5;81") == "\u{1B}[1;4;38;5;81m")
        #expect(sequence("1;4;38;5;81", "") == "\u{1B}[m")
        #expect(sequence("", "") == "")
    }

    @Test func addingAnAttributeOrChangingAColourNeedsNoReset() {
        #expect(sequence("38;5;252;48;5;236", "1;38;5;222;48;5;236") == "\u{1B}[1;38;5;222m")
        #expect(sequence("7", "7;38;5;245") == "\u{1B}[38;5;245m")
        #expect(sequence("1;36", "1;36") == "")
    }

    @Test func turningSomethingOffResets() {
        #expect(sequence("7;38;5;183", "7") == "\u{1B}[0;7m")
        #expect(sequence("1;38;5;117", "38;5;240") == "\u{1B}[0;38;5;240m")
        #expect(sequence("37;44", "1;37") == "\u{1B}[0;1;37m")
    }

    @Test func eightAndSixteenColourCodesAreColours() {
        let rendition = Rendition("1;2;4;7;93;104")
        #expect(rendition.attributes == ["1", "2", "4", "7"])
        #expect(rendition.foreground == "93" && rendition.background == "104")
    }
}
