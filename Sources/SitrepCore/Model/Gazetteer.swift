/// The kind of a named entity.
public enum EntityKind: String, CaseIterable, Hashable, Sendable {
    case person, organisation, place
}

/// A hand-kept list of known entities with their aliases; it helps recognition but is never required.
public struct Gazetteer: Hashable, Sendable {
    /// One known entity: its canonical name, kind and other spellings.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var kind: EntityKind
        public var aliases: [String]

        public init(name: String, kind: EntityKind, aliases: [String] = []) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }
}
