/// A number expression found at some token: where it lies, the range it means, and where its counted noun starts.
struct Quantity {
    var start: Int
    /// Token index after the expression.
    var end: Int
    var low: Int
    var high: Int
    /// A vague quantity ("dozens", "a few hundred"): always approximate.
    var isVague: Bool
    /// Written in words or vague: "of" may follow before the counted noun ("two of the fighters").
    var isWordy: Bool
    /// The multiplier written after the number (1 when none), so "two to three thousand" can share it.
    var multiplier: Int
    /// Token index where the counted phrase starts.
    var countedStart: Int
}

/// Reads number expressions from the tokens of one sentence.
struct QuantityReader {
    let tokens: UnsafeBufferPointer<WordToken>
    /// The paragraph's UTF-8 bytes, which the tokens point into.
    let bytes: UnsafeBufferPointer<UInt8>

    /// Determiners skipped between "of" and the counted noun ("two of the fighters").
    private static let determiners: WordSet = ["the", "its", "their", "these", "those", "his", "her", "our"]
    /// The plurals that "tens of" and "hundreds of" scale.
    private static let pluralScales: WordTable<Int> = ["thousands": 1_000, "millions": 1_000_000]

    /// The number expression starting at `index`, ranges included ("1,500 to 2,000", "between 200 and 300").
    func quantity(at index: Int) -> Quantity? {
        guard var first = single(at: index) else { return nil }
        let joint = first.end
        if joint + 1 < tokens.count, FigureContext.rangeWords.contains(tokens[joint].key),
           tokens[joint].key != "and" || (index > 0 && tokens[index - 1].key == "between"),
           let second = single(at: joint + 1), !second.isVague, !first.isVague {
            let low = first.multiplier == 1 && second.multiplier > 1 ? first.low * second.multiplier : first.low
            if second.low > low {
                first = Quantity(start: index, end: second.end, low: low, high: second.high, isVague: false,
                                 isWordy: first.isWordy || second.isWordy, multiplier: second.multiplier,
                                 countedStart: second.end)
            }
        }
        if first.isWordy, first.end < tokens.count, tokens[first.end].key == "of" {
            var start = first.end + 1
            if start < tokens.count, Self.determiners.contains(tokens[start].key) {
                start += 1
            }
            first.countedStart = start
        }
        return first
    }

    /// One number without a range.
    private func single(at index: Int) -> Quantity? {
        let token = tokens[index]
        if token.kind == .number { return digits(at: index) }
        guard token.kind == .word else { return nil }
        let key = token.key
        if key == "a" || key == "an", index + 1 < tokens.count {
            guard tokens[index + 1].classes.contains(.figureAfterArticle) else { return nil }
            let next = tokens[index + 1].key
            if next == "dozen" { return make(index, index + 2, 12, 12, vague: true) }
            if let multiplier = NumberWords.multipliers[next], next.count > 2 {
                return make(index, index + 2, multiplier, multiplier, vague: false, multiplier: multiplier)
            }
            if NumberWords.vagueFactors[next] != nil, var few = single(at: index + 1) {
                few.start = index
                return few
            }
            return nil
        }
        if let factor = NumberWords.vagueFactors[key], index + 1 < tokens.count,
           let multiplier = NumberWords.multipliers[tokens[index + 1].key], tokens[index + 1].key.count > 2 {
            return make(index, index + 2, factor.lowerBound * multiplier, factor.upperBound * multiplier, vague: true)
        }
        if key == "tens" || NumberWords.vaguePlurals[key] != nil {
            return vaguePlural(at: index)
        }
        guard let value = NumberWords.value(ofWord: token, in: bytes) else { return nil }
        return multiplied(Double(value), at: index)
    }

    private func digits(at index: Int) -> Quantity? {
        let token = tokens[index]
        if token.length >= 2, bytes[token.start] == UInt8(ascii: "0"), bytes[token.start + 1] != UInt8(ascii: ".") {
            return nil
        }
        let hasMultiplier = index + 1 < tokens.count && NumberWords.multipliers[tokens[index + 1].key] != nil
        guard let value = NumberWords.value(ofDigits: token, in: bytes, allowDecimal: hasMultiplier) else { return nil }
        guard var quantity = multiplied(value, at: index) else { return nil }
        quantity.isWordy = false
        return quantity
    }

    /// A number and the multiplier after it: "3 thousand", "eight million", "1.5m", "two dozen".
    private func multiplied(_ value: Double, at index: Int) -> Quantity? {
        var multiplier = 1
        var end = index + 1
        if end < tokens.count, tokens[end].kind == .word {
            let next = tokens[end]
            let isAbbreviation = next.key.count <= 2 || next.key == "bn"
            if let factor = NumberWords.multipliers[next.key], !isAbbreviation || next.start == tokens[index].end {
                multiplier = factor
                end += 1
            } else if next.key == "dozen" {
                multiplier = 12
                end += 1
            }
        }
        let total = value * Double(multiplier)
        guard total >= 1, total < 1e15 else { return nil }
        return make(index, end, Int(total), Int(total), vague: false, multiplier: multiplier, wordy: true)
    }

    /// "dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands".
    private func vaguePlural(at index: Int) -> Quantity? {
        let key = tokens[index].key
        if index + 2 < tokens.count, tokens[index + 1].key == "of",
           let scale = Self.pluralScales[tokens[index + 2].key] {
            let base: ClosedRange<Int> = key == "tens" ? 20...99 : (NumberWords.vaguePlurals[key] ?? 2...9)
            return make(index, index + 3, base.lowerBound * scale, (base.upperBound + 1) * scale - 1, vague: true)
        }
        guard let range = NumberWords.vaguePlurals[key] else { return nil }
        return make(index, index + 1, range.lowerBound, range.upperBound, vague: true)
    }

    private func make(_ start: Int, _ end: Int, _ low: Int, _ high: Int, vague: Bool, multiplier: Int = 1,
                      wordy: Bool = true) -> Quantity {
        Quantity(start: start, end: end, low: low, high: high, isVague: vague, isWordy: wordy || vague,
                 multiplier: multiplier, countedStart: end)
    }
}
