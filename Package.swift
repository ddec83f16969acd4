// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitrep",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
        .executable(name: "sitrep-bench", targets: ["sitrep-bench"]),
        .library(name: "SitrepCore", targets: ["SitrepCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "SitrepCore"),
        .target(name: "SitrepUI", dependencies: ["SitrepCore"]),
        .target(name: "SitrepTerminal", dependencies: ["SitrepUI", "CNcurses"]),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepCore", "SitrepUI", "SitrepTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sitrep-bench",
            dependencies: [
                "SitrepCore", "SitrepUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SitrepCoreTests", dependencies: ["SitrepCore"]),
        .testTarget(name: "SitrepUITests", dependencies: ["SitrepUI", "SitrepCore"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["SitrepCore"]),
    ]
)
