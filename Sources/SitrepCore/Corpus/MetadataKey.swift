/// The metadata fields every corpus form shares, matched without hashing the key.
enum MetadataKey: String {
    case outlet, published, title, url, byline

    /// Fields that must be present, else a warning, in the order the warnings are given.
    static let expected: [MetadataKey] = [.outlet, .published, .title]

    /// The key named `name` exactly, or nil for any other field.
    init?(_ name: String) {
        switch name {
        case "outlet": self = .outlet
        case "published": self = .published
        case "title": self = .title
        case "url": self = .url
        case "byline": self = .byline
        default: return nil
        }
    }
}

/// The metadata keys met in one record, as bits.
struct PresentKeys {
    private var bits: UInt8 = 0

    mutating func insert(_ key: MetadataKey) { bits |= Self.bit(key) }

    func contains(_ key: MetadataKey) -> Bool { bits & Self.bit(key) != 0 }

    private static func bit(_ key: MetadataKey) -> UInt8 {
        switch key {
        case .outlet: 1
        case .published: 2
        case .title: 4
        case .url: 8
        case .byline: 16
        }
    }
}
