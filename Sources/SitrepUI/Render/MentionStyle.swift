import SitrepCore

extension Style {
    /// How an entity of a kind is drawn: a role for colour plus attributes that tell the kinds apart without it.
    static func entity(_ kind: EntityKind) -> Style {
        switch kind {
        case .person: Style(.person, .bold)
        case .organisation: Style(.organisation, .underline)
        case .place: Style(.place, [.bold, .underline])
        }
    }

    static let dateMention = Style(.date, [.underline, .dim])
    /// Mentions of the entity the view is filtered by.
    static let emphasis = Style(.emphasis, [.bold, .underline])
    static let searchMatch = Style(.match, [.bold, .reverse])
    static let sentence = Style(.sentenceHighlight, .bold)
    static let boilerplate = Style(.boilerplate, .dim)
}
