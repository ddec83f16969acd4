/// Finds temporal expressions and resolves them against the publication date. (Skeleton: none yet.)
public enum TemporalTagger {
    public static func tag(paragraphs: [Paragraph], sentences: [Sentence], published: CalendarDate?) -> [DateMention] {
        []
    }
}
