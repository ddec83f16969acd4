import SitrepCore

/// Runs a key script through the real key map, update and render with no terminal, and returns the
/// screen as text: the final screen, or one screen per step under a `--- step N: key ---` separator.
public struct ScriptRunner: Sendable {
    public var application: Application

    public init(model: CorpusModel, width: Int = 80, height: Int = 24) {
        application = Application(model: model, width: width, height: height)
    }

    /// Runs the steps until the script ends or a step quits.
    public mutating func run(_ script: KeyScript, eachStep: Bool = false) -> String {
        var screens: [String] = []
        if eachStep { screens.append("--- step 0: start ---\n" + application.render().text) }
        for (number, step) in script.steps.enumerated() {
            switch step {
            case .key(let key): application.handle(key)
            case .resize(let width, let height): application.resize(width: width, height: height)
            }
            application.finishBackgroundWork()
            if eachStep { screens.append("--- step \(number + 1): \(step.label) ---\n" + application.render().text) }
            if application.wantsQuit { break }
        }
        if !eachStep { screens.append(application.render().text) }
        return screens.joined(separator: "\n") + "\n"
    }
}
