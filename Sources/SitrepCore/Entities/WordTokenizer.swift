/// Splits a stretch of UTF-8 text into words, numbers and punctuation in one pass over the bytes.
///
/// Words keep inner hyphens and apostrophes ("al-Hawl", "Jean-Michel", "don't"); a possessive ending
/// ("France's", "ISIS'") is left out of the word and noted. Numbers keep inner separators ("2,000", "0.2").
enum WordTokenizer {
    /// Writes the tokens of `bytes[lower..<upper]` (one sentence) over those in `tokens`, which must have room
    /// for `upper - lower`; words find their word lists in `lexicon`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int,
                         into tokens: inout SentenceTokenBuffer, lexicon: WordTable<WordClass> = EntityLexicon.table) {
        tokens.removeAll()
        var scanner = ScalarScanner(bytes: bytes, limit: upper)
        var position = lower
        var clauseStart = true
        while position < upper {
            let byte = bytes[position]
            if byte == 0x20 { position += 1; continue }
            if (byte | 0x20) &- 0x61 < 26, position &+ 8 <= bytes.count,
               let token = shortWord(bytes, at: position, upper: upper, flags: clauseStart ? .clauseInitial : [],
                                     lexicon: lexicon) {
                clauseStart = false
                position = token.end
                tokens.append(token)
                continue
            }
            let (scalar, width) = scanner.scalar(at: position)
            let kind = CharacterClass(scalar)
            switch kind {
            case .space:
                position += width
            case .letter, .digit:
                let flags: WordToken.Flags = clauseStart ? .clauseInitial : []
                let token = kind == .letter ? scanWord(&scanner, from: position, flags: flags, lexicon: lexicon)
                    : scanNumber(&scanner, from: position, flags: flags)
                clauseStart = false
                position = max(token.end, scanner.consumedTo)
                tokens.append(token)
            default:
                let previous = tokens.last
                tokens.append(WordToken(mark: scalar, bytes: bytes, start: position, width: width))
                clauseStart = opensClause(scalar, at: position, previous: previous, bytes: bytes,
                                          lower: lower, current: clauseStart)
                position += width
            }
        }
    }

    /// The word at `position` when it is the common case, read from one or two eight-byte loads: at most fifteen
    /// ASCII letters and digits (the first a letter) ended by the sentence's end or an ASCII byte other than a
    /// hyphen or an apostrophe. Nil for any other word, which `scanWord` reads (to the same token for these).
    @inline(__always)
    private static func shortWord(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, upper: Int,
                                  flags: WordToken.Flags, lexicon: WordTable<WordClass>) -> WordToken? {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let eight = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
        let lanes = AlphanumericLanes(eight)
        let run = min(AlphanumericLanes.leadingCount(lanes.alphanumeric), upper &- position)
        var shape = WordShape(lanes, of: eight, count: run)
        var end = position &+ run
        if run == 8 {
            guard end &+ 8 <= bytes.count else { return nil }
            let more = base.loadUnaligned(fromByteOffset: end, as: UInt64.self)
            let moreLanes = AlphanumericLanes(more)
            let moreRun = min(AlphanumericLanes.leadingCount(moreLanes.alphanumeric), upper &- end)
            guard moreRun < 8 else { return nil }
            shape.add(moreLanes, of: more, count: moreRun)
            end &+= moreRun
        }
        if end < upper {
            let next = bytes[end]
            guard next < 0x80 && next != 0x2D && next != 0x27 else { return nil }
        }
        return WordToken(word: bytes, start: position, end: end, shape: shape, flags: flags, lexicon: lexicon)
    }

    /// Whether the word after this punctuation mark starts a new clause.
    private static func opensClause(_ scalar: Unicode.Scalar, at position: Int, previous: WordToken?,
                                    bytes: UnsafeBufferPointer<UInt8>, lower: Int, current: Bool) -> Bool {
        switch scalar {
        case ":", ";", "!", "?": return true
        case ".":
            guard let previous, previous.kind == .word else { return true }
            return !(previous.classes.contains(.title) || previous.scalarCount(in: bytes) == 1)
        case "\"", "“", "‘", "'", "«":
            let before = position > lower ? bytes[position - 1] : 0x20
            return before == 0x20 || before == 0x28 || position == lower ? true : current
        default:
            return current
        }
    }

    private static func scanWord(_ scanner: inout ScalarScanner, from start: Int, flags: WordToken.Flags,
                                 lexicon: WordTable<WordClass>) -> WordToken {
        var position = start
        var possessive = false
        var shape = WordShape()
        scanning: while position < scanner.limit {
            // Fast path: ASCII letters and digits need no decoding.
            position = shape.addAlphanumerics(scanner.bytes, from: position, limit: scanner.limit)
            guard position < scanner.limit else { break }
            // Any other ASCII byte but a hyphen or an apostrophe ends the word: no need to decode it.
            let byte = scanner.bytes[position]
            if byte < 0x80 && byte != 0x2D && byte != 0x27 { break }
            let (scalar, width) = scanner.scalar(at: position)
            switch CharacterClass(scalar) {
            case .letter, .digit:
                shape.addNonASCII()
                position += width
            case .hyphen:
                let (next, _) = scanner.scalar(at: position + width)
                guard position + width < scanner.limit, CharacterClass(next).isAlphanumeric else { break scanning }
                add(scalar, at: position, to: &shape)
                position += width
            case .apostrophe:
                let after = position + width
                let (next, nextWidth) = scanner.scalar(at: after)
                let nextIsLetter = after < scanner.limit && CharacterClass(next) == .letter
                if nextIsLetter, next == "s" || next == "S" {
                    let (following, _) = scanner.scalar(at: after + nextWidth)
                    if after + nextWidth >= scanner.limit || !CharacterClass(following).isAlphanumeric {
                        possessive = true
                        scanner.consumedTo = after + nextWidth
                        break scanning
                    }
                }
                if nextIsLetter {
                    add(scalar, at: position, to: &shape)
                    position = after
                    continue
                }
                let last = scanner.bytes[position - 1]
                if last == UInt8(ascii: "s") || last == UInt8(ascii: "S") {
                    possessive = true
                    scanner.consumedTo = after
                }
                break scanning
            default:
                break scanning
            }
        }
        return WordToken(word: scanner.bytes, start: start, end: position, shape: shape,
                         flags: possessive ? flags.union(.possessive) : flags, lexicon: lexicon)
    }

    /// Adds a hyphen or apostrophe taken into a word to its shape.
    private static func add(_ scalar: Unicode.Scalar, at position: Int, to shape: inout WordShape) {
        if scalar.isASCII { shape.add(UInt8(scalar.value)) } else { shape.addNonASCII() }
    }

    private static func scanNumber(_ scanner: inout ScalarScanner, from start: Int, flags: WordToken.Flags) -> WordToken {
        var position = start
        var end = start
        while position < scanner.limit {
            let byte = scanner.bytes[position]
            if byte >= 0x30 && byte <= 0x39 {
                position += 1
                end = position
            } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && position + 1 < scanner.limit,
                      scanner.bytes[position + 1] >= 0x30 && scanner.bytes[position + 1] <= 0x39 {
                position += 1
            } else {
                break
            }
        }
        return WordToken(number: scanner.bytes, start: start, end: end, flags: flags)
    }
}

/// What a scalar is, for tokenizing.
enum CharacterClass: Equatable {
    case letter, digit, space, hyphen, apostrophe, other

    @inline(__always) init(_ scalar: Unicode.Scalar) {
        self = scalar.isASCII ? Self(ascii: UInt8(truncatingIfNeeded: scalar.value)) : Self(nonASCII: scalar)
    }

    @inline(__always) private init(ascii byte: UInt8) {
        if byte &- 0x30 < 10 {
            self = .digit
        } else if (byte | 0x20) &- 0x61 < 26 {
            self = .letter
        } else {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: self = .space
            case 0x2D: self = .hyphen
            case 0x27: self = .apostrophe
            default: self = .other
            }
        }
    }

    @inline(never) private init(nonASCII scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x3000: self = .space
        case 0x2010, 0x2011: self = .hyphen
        case 0x2019, 0x02BC: self = .apostrophe
        // Dashes, quotation marks and the ellipsis, the most frequent marks past ASCII, without a property lookup.
        case 0x2012...0x2018, 0x201A...0x2027, 0xAB, 0xBB: self = .other
        default: self = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            ? .letter : .other
        }
    }

    var isAlphanumeric: Bool { self == .letter || self == .digit }
}

/// Decodes UTF-8 scalars at byte offsets without building a String.
struct ScalarScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let limit: Int
    /// Set by the word scanner when it swallowed a possessive ending past the word's end.
    var consumedTo = 0

    /// The scalar at `position` and its width in bytes; a space past the limit, U+FFFD for bad bytes.
    func scalar(at position: Int) -> (Unicode.Scalar, Int) {
        guard position < limit else { return (" ", 1) }
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard width > 1, position + width <= limit else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
