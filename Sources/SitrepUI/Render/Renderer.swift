/// `render(state, size) -> Grid`: draws every pane, the status bar and the overlays into a fresh grid.
enum Renderer {
    static func render(_ state: AppState, catalog: Catalog, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        let layout = Layout(width: width, height: height, zoomed: state.zoomedPane)
        if layout.isTooSmall {
            drawTooSmall(into: &grid)
            return grid
        }
        if layout.isVisible(.timeline) { TimelinePane(state: state, catalog: catalog).draw(into: &grid, layout: layout) }
        if layout.isVisible(.articles) { ArticlesPane(state: state, catalog: catalog).draw(into: &grid, layout: layout) }
        if layout.isVisible(.reader) { ReaderPane(state: state, catalog: catalog).draw(into: &grid, layout: layout) }
        if layout.isVisible(.entities) { EntitiesPane(state: state, catalog: catalog).draw(into: &grid, layout: layout) }
        StatusBar(state: state, catalog: catalog).draw(into: &grid, layout: layout)
        if state.helpVisible { HelpOverlay.draw(into: &grid, scroll: state.helpScroll) }
        return grid
    }

    /// A message in place of a broken layout, naming the current and the needed size.
    private static func drawTooSmall(into grid: inout Grid) {
        let lines = ["Terminal too small: \(grid.width)x\(grid.height)",
                     "Need at least \(Layout.minimumWidth)x\(Layout.minimumHeight)",
                     "Enlarge the window, or press q to quit"]
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = line.truncated(toWidth: grid.width)
            grid.write(text, x: max(0, (grid.width - DisplayWidth.of(text)) / 2), y: top + offset,
                       style: offset == 0 ? Style(.error, .bold) : .normal)
        }
    }
}
