#!/usr/bin/env bash
# Takes the README's screenshots of the real sitrep binary in a real terminal: xterm on a virtual X
# server (Xvfb), keys typed with xdotool, the window grabbed with xwd and converted to PNG.
# Installs its own packages (Debian); CI does not run it. Output: screenshots/*.png
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(xvfb xterm x11-apps x11-utils xdotool fonts-dejavu-core fonts-wqy-microhei imagemagick)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# SITREP_BINARY picks an already built binary; by default a release build is made.
binary="${SITREP_BINARY:-}"
if [ -z "$binary" ]; then
    swift build -c release --product sitrep >&2
    binary="$PWD/.build/release/sitrep"
fi
out="$PWD/screenshots"
mkdir -p "$out"
work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A virtual screen larger than any window; -displayfd tells us which display it took.
Xvfb -displayfd 3 -screen 0 2560x1600x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -n1 "$work/display")"

# A calm dark theme for xterm's 16 colours (sitrep's 256-colour roles use the colour cube).
theme=(-bg '#1d1f21' -fg '#d0d0d0' -xrm '*color0: #1d1f21' -xrm '*color1: #cc6666' -xrm '*color2: #b5bd68'
       -xrm '*color3: #f0c674' -xrm '*color4: #81a2be' -xrm '*color5: #b294bb' -xrm '*color6: #8abeb7'
       -xrm '*color7: #c5c8c6' -xrm '*color8: #666666' -xrm '*color15: #ffffff')

# Hashes the window until it differs from `$1` and then stays the same for three polls (max ~10 s).
wait_stable() {
    local previous="$1" same=0 hash
    for _ in $(seq 200); do
        hash="$(xwd -silent -id "$window" | md5sum)"
        if [ "$hash" != "$1" ] && [ "$hash" = "$previous" ]; then
            same=$((same + 1))
            [ $same -ge 3 ] && { echo "$hash"; return; }
        else
            same=0
        fi
        previous="$hash"
        sleep 0.05
    done
    echo "$hash"
}

# shot NAME COLUMNS ROWS [xdotool keys...]: opens sitrep, types the keys, saves screenshots/NAME.png.
shot() {
    local name="$1" columns="$2" rows="$3"
    shift 3
    rm -f "$work/window"
    xterm -geometry "${columns}x${rows}" -fa 'DejaVu Sans Mono' -fs 12 -u8 -tn xterm-256color +sb \
        "${theme[@]}" -e sh -c "echo \$WINDOWID > '$work/window'; exec env LANG=C.UTF-8 '$binary'" &
    local xterm_pid=$!
    for _ in $(seq 200); do [ -s "$work/window" ] && break; sleep 0.05; done
    window="$(cat "$work/window")"
    local hash
    # The first grab is the empty terminal: sitrep is still loading the corpus.
    hash="$(wait_stable "$(xwd -silent -id "$window" | md5sum)")"
    xdotool mousemove --window "$window" 5 5
    xdotool windowfocus --sync "$window" 2>/dev/null || true
    for key in "$@"; do
        xdotool key "$key"
        hash="$(wait_stable "$hash")"
    done
    xwd -silent -id "$window" | convert xwd:- -strip "$out/$name.png"
    xdotool key q
    for _ in $(seq 100); do kill -0 "$xterm_pid" 2>/dev/null || break; sleep 0.05; done
    kill "$xterm_pid" 2>/dev/null || true
    wait "$xterm_pid" 2>/dev/null || true
    echo "screenshots/$name.png" >&2
}

shot overview-80x24 80 24
shot overview-160x48 160 48
shot reader-120x36 120 36 2 j j Return bracketright
shot entity-filter-120x36 120 36 4 Return
shot help-80x24 80 24 question
