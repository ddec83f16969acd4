import Foundation

/// Runs a command the way a login shell would: default signal dispositions, nothing blocked, stdio on
/// /dev/null and no inherited descriptors. The test runner's threads block most signals and hold
/// descriptors that Foundation watches; a daemon started from them (the tmux server) would inherit
/// both, ignore `kill-server`, pass blocked SIGHUP/SIGTERM on to its panes, and keep Foundation from
/// ever seeing other child processes exit.
enum CleanSpawn {
    /// Closes every descriptor above 2, then execs the arguments (bash: dash cannot name fds above 9).
    static let closeDescriptorsAndRun = #"""
        for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; exec "$@"
        """#

    /// Runs `arguments` to completion and returns its exit status.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let pid = try start(arguments, environment: environment)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }

    /// Starts `arguments` and returns its pid; the caller must reap it (`waitpid`).
    static func start(_ arguments: [String], environment: [String: String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }

        let argv = ["/bin/bash", "-c", closeDescriptorsAndRun, "bash"] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = envp.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
        guard error == 0 else { throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EINVAL) }
        return pid
    }
}
