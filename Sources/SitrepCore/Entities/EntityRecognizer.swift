/// Finds people, organisations and places in one article. (Skeleton: none yet.)
public struct EntityRecognizer: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    public func recognize(paragraphs: [Paragraph], sentences: [Sentence]) -> [EntityCandidate] { [] }
}
