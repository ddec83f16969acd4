import Foundation

/// A throwaway OpenSSH server on 127.0.0.1 for one test: its own host key, client key, config and
/// pid file in a temporary folder, key login for the current user only. `stop()` always ends it.
final class SSHServer {
    static let daemon = "/usr/sbin/sshd"
    static var isAvailable: Bool {
        ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen"].allSatisfy(FileManager.default.isExecutableFile)
    }

    let folder: URL
    let port: UInt16
    let user: String
    private var pid: pid_t = 0

    var clientKey: String { folder.appendingPathComponent("client_key").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-ssh-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        user = String(cString: getpwuid(getuid()).pointee.pw_name)
        port = try Self.freePort()
        for name in ["host_key", "client_key"] {
            try CleanSpawn.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", path(name)],
                               environment: [:])
        }
        try FileManager.default.copyItem(atPath: path("client_key.pub"), toPath: path("authorized_keys"))
        let configuration = """
            ListenAddress 127.0.0.1
            HostKey \(path("host_key"))
            PidFile \(path("sshd.pid"))
            AuthorizedKeysFile \(path("authorized_keys"))
            PermitRootLogin prohibit-password
            StrictModes no
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            PrintMotd no
            PrintLastLog no
            AcceptEnv LANG

            """
        try configuration.write(toFile: path("sshd_config"), atomically: true, encoding: .utf8)
        // Debian's sshd refuses to start without its privilege separation folder.
        if getuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        pid = try CleanSpawn.start([Self.daemon, "-D", "-e", "-p", "\(port)", "-f", path("sshd_config")],
                                   environment: ["PATH": "/usr/sbin:/usr/bin:/bin"])
        guard Self.waitUntilListening(port: port, timeout: 10) else {
            stop()
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { stop() }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The ssh client command for tmux: a forced pty, this server's key, no host key bookkeeping.
    func sshCommand(_ remote: String) -> String {
        ["ssh", "-tt", "-p", "\(port)", "-i", clientKey, "-o", "StrictHostKeyChecking=no",
         "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "BatchMode=yes",
         "\(user)@127.0.0.1", remote].map(shellQuoted).joined(separator: " ")
    }

    /// Stops sshd (SIGTERM, then SIGKILL after 3 s), reaps it and removes the folder. Safe to call twice.
    func stop() {
        if pid > 0 {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            let deadline = Date().addingTimeInterval(3)
            while waitpid(pid, &status, WNOHANG) == 0 {
                if Date() > deadline {
                    kill(pid, SIGKILL)
                    waitpid(pid, &status, 0)
                    break
                }
                usleep(10_000)
            }
            pid = 0
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// A port nobody listens on right now (the kernel's pick for port 0).
    private static func freePort() throws -> UInt16 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        return UInt16(bigEndian: address.sin_port)
    }

    private static func waitUntilListening(port: UInt16, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            close(socket)
            if connected { return true }
            usleep(20_000)
        } while Date() < deadline
        return false
    }
}
