/// Merges per-article entity candidates into corpus-wide entities.
public enum EntityMerger {
    public struct Result: Sendable {
        public var entities: [Entity]
        /// Mentions per article, in the articles' order.
        public var mentions: [[EntityMention]]
    }

    public static func merge(_ candidates: [[EntityCandidate]], gazetteer: Gazetteer) -> Result {
        var index: [String: Int] = [:]
        var entities: [Entity] = []
        var mentions: [[EntityMention]] = []
        for (article, list) in candidates.enumerated() {
            var local: [EntityMention] = []
            for candidate in list {
                let id = index[candidate.canonicalName] ?? {
                    entities.append(Entity(id: entities.count, name: candidate.canonicalName, kind: candidate.kind,
                                           aliases: [], mentionCount: 0, articles: []))
                    index[candidate.canonicalName] = entities.count - 1
                    return entities.count - 1
                }()
                entities[id].mentionCount += 1
                if !entities[id].aliases.contains(candidate.text) { entities[id].aliases.append(candidate.text) }
                if entities[id].articles.last != article { entities[id].articles.append(article) }
                local.append(EntityMention(span: candidate.span, text: candidate.text, entity: id))
            }
            mentions.append(local)
        }
        return Result(entities: entities, mentions: mentions)
    }
}
