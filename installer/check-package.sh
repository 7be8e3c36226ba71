#!/usr/bin/env bash
# Builds the Linux packages of Lockbox Desktop from a configured build directory and checks them
# the way a user and a distribution reviewer would:
#   DEB  built by cpack; contents, stripped binaries, Depends (shlibdeps + libsecret-1-0) and
#        Recommends, each known to apt; AppStream validate-tree of its file tree; lintian (fails
#        on any E:, warnings printed); installed with apt-get; the installed programs run
#        (--version, the emulator serving demo data, the sandbox smoke test when lockbox-desktop
#        has --smoke-test); desktop file, metainfo, icon and man pages validated in place;
#        removed with apt-get, leaving none of its files behind.
#   RPM  and TGZ built by cpack; their metadata and file lists checked.
# Usage (as root, on Debian 12):  installer/check-package.sh BUILD_DIR
# A build directory configured with -DLOCKBOX_BUILD_TESTS=OFF packages fastest: cpack builds all
# targets first. Exits non-zero if any check fails.
set -uo pipefail

usage() { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
[ $# -eq 1 ] || usage
SRC_DIR="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="$(cd "$1" 2>/dev/null && pwd)" || { echo "check-package: no such directory: $1" >&2; exit 2; }
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || {
    echo "check-package: $BUILD_DIR is not a configured build directory (no CPackConfig.cmake)" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "check-package: must run as root (installs the package)" >&2; exit 2; }

APP_ID="io.github.lockbox_desktop.LockboxDesktop"
PKG="lockbox-desktop"
OUT_DIR="$BUILD_DIR/packages"
LOG_DIR="$BUILD_DIR/packages/logs"
START=$(date +%s)
export DEBIAN_FRONTEND=noninteractive

RESULTS=()
FAILED=0
pass() { RESULTS+=("PASS  $1"); echo "  ok: $1"; }
fail() { RESULTS+=("FAIL  $1"); echo "  FAILED: $1" >&2; FAILED=$((FAILED + 1)); }
skip() { RESULTS+=("SKIP  $1"); echo "  skipped: $1"; }
step() { echo; echo "== [$(( $(date +%s) - START ))s] $*"; }
# check NAME COMMAND...: runs the command, records the result.
check() {
    local name="$1"; shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}

summary() {
    local elapsed=$(( $(date +%s) - START ))
    echo
    echo "== Summary ($(date -u +%FT%TZ), ${elapsed}s)"
    printf '  %s\n' "${RESULTS[@]}"
    local n_pass n_skip
    n_pass=$(printf '%s\n' "${RESULTS[@]}" | grep -c '^PASS')
    n_skip=$(printf '%s\n' "${RESULTS[@]}" | grep -c '^SKIP')
    echo "check-package: $n_pass passed, $FAILED failed, $n_skip skipped"
    if [ "$FAILED" -eq 0 ]; then
        echo "check-package: all checks passed (${elapsed}s)"
    else
        echo "check-package: $FAILED check(s) failed (logs in $LOG_DIR)" >&2
    fi
}

INSTALLED_BY_US=0
cleanup() {
    # Never leave the package installed behind a failed run.
    if [ "$INSTALLED_BY_US" -eq 1 ]; then
        apt-get remove -y -qq "$PKG" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

fatal() { fail "$1"; summary; exit 1; }

step "Tools"
bash "$SRC_DIR/installer/bootstrap-deps.sh" || fatal "installer/bootstrap-deps.sh"
for tool in cpack lintian desktop-file-validate appstreamcli dpkg-deb rpm rpmbuild; do
    command -v "$tool" >/dev/null || fatal "tool $tool is missing"
done
pass "tools present (cpack, lintian, desktop-file-validate, appstreamcli, rpmbuild)"

rm -rf "$OUT_DIR"
mkdir -p "$LOG_DIR"

step "Build ($BUILD_DIR)"
if cmake --build "$BUILD_DIR" >"$LOG_DIR/build.log" 2>&1; then
    pass "build"
else
    tail -n 40 "$LOG_DIR/build.log" >&2
    fatal "build (see $LOG_DIR/build.log)"
fi

# ------------------------------------------------------------------------------------------------
step "DEB: cpack -G DEB"
if (cd "$BUILD_DIR" && cpack -G DEB -B "$OUT_DIR") >"$LOG_DIR/cpack-deb.log" 2>&1; then
    pass "cpack -G DEB"
else
    tail -n 40 "$LOG_DIR/cpack-deb.log" >&2
    fatal "cpack -G DEB (see $LOG_DIR/cpack-deb.log)"
fi
DEB="$(ls "$OUT_DIR"/"$PKG"_*.deb 2>/dev/null | head -n 1)"
[ -n "$DEB" ] || fatal "no ${PKG}_*.deb in $OUT_DIR"
echo "  $DEB ($(du -h "$DEB" | cut -f1))"

step "DEB: metadata and contents"
dpkg-deb --field "$DEB" | sed 's/^/  /'
dpkg-deb --contents "$DEB" >"$LOG_DIR/deb-contents.txt"
VERSION="$(dpkg-deb --field "$DEB" Version)"
DEPENDS="$(dpkg-deb --field "$DEB" Depends)"
RECOMMENDS="$(dpkg-deb --field "$DEB" Recommends)"
EXPECTED_FILES=(
    ./usr/bin/lockbox-desktop
    ./usr/bin/lockbox-emulator
    "./usr/share/applications/$APP_ID.desktop"
    "./usr/share/metainfo/$APP_ID.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    ./usr/share/man/man1/lockbox-desktop.1.gz
    ./usr/share/man/man1/lockbox-emulator.1.gz
    ./usr/share/doc/lockbox-desktop/copyright
    ./usr/share/doc/lockbox-desktop/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    EXPECTED_FILES+=("./usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
missing=0
for f in "${EXPECTED_FILES[@]}"; do
    if ! awk '{print $6}' "$LOG_DIR/deb-contents.txt" | grep -qxF "$f"; then
        echo "  missing from the .deb: $f" >&2
        missing=1
    fi
done
check "DEB contains binaries, desktop file, metainfo, 9 icons, man pages, copyright, changelog" test "$missing" -eq 0
check "DEB depends on libsecret-1-0 (dlopen'ed by qtkeychain)" grep -qE '(^|, )libsecret-1-0( |,|$)' <<<"$DEPENDS"
check "DEB depends on Qt libraries found by dpkg-shlibdeps" grep -q 'libqt6widgets6' <<<"$DEPENDS"
check "DEB depends on libssl3 (libcrypto.so.3 loaded on first use)" grep -qE '(^|, )libssl3( |,|$)' <<<"$DEPENDS"
check "lockbox-desktop does not link libcrypto (it waits for the first signature)" bash -c \
    "dpkg-deb --fsys-tarfile '$DEB' | tar -xO ./usr/bin/lockbox-desktop > '$LOG_DIR/lockbox-desktop.bin' && ! readelf -d '$LOG_DIR/lockbox-desktop.bin' | grep -q 'NEEDED.*libcrypto'"
check "DEB recommends gnome-keyring | kwalletmanager" grep -qF 'gnome-keyring | kwalletmanager' <<<"$RECOMMENDS"
check "DEB binaries are stripped" bash -c "dpkg-deb --fsys-tarfile '$DEB' | tar -xO ./usr/bin/lockbox-desktop | file - | grep -q ', stripped'"

# The metainfo's <launchable> must name the installed desktop file, its icon must be installed.
TREE="$(mktemp -d)"
dpkg-deb -x "$DEB" "$TREE"
appstreamcli validate-tree --no-net "$TREE" >"$LOG_DIR/appstream-tree.txt" 2>&1; rc=$?
sed 's/^/  /' "$LOG_DIR/appstream-tree.txt"
check "appstreamcli validate-tree: metainfo, desktop file and icon agree" test "$rc" -eq 0
rm -rf "$TREE"

# Every package named in Depends/Recommends must exist for apt: a typo would be silently ignored
# for Recommends and break installation for Depends.
unknown=""
for name in $(printf '%s, %s' "$DEPENDS" "$RECOMMENDS" | tr ',|' '\n\n' | sed 's/(.*)//; s/^ *//; s/ *$//' | sort -u); do
    apt-cache show "$name" >/dev/null 2>&1 || unknown+=" $name"
done
if [ -z "$unknown" ]; then pass "every Depends/Recommends package is known to apt"; else fail "unknown packages:$unknown"; fi

step "DEB: lintian"
lintian --info --display-level '>=warning' "$DEB" >"$LOG_DIR/lintian.txt" 2>&1
lintian_rc=$?
sed 's/^/  /' "$LOG_DIR/lintian.txt"
n_err=$(grep -c '^E: ' "$LOG_DIR/lintian.txt")
n_warn=$(grep -c '^W: ' "$LOG_DIR/lintian.txt")
echo "  lintian: $n_err error(s), $n_warn warning(s), exit $lintian_rc"
if [ "$n_err" -eq 0 ] && [ "$lintian_rc" -eq 0 ]; then
    pass "lintian: no errors ($n_warn warning(s))"
else
    fail "lintian: $n_err error(s)"
fi

step "DEB: install"
if dpkg-query -W -f='${db:Status-Status}' "$PKG" 2>/dev/null | grep -qx installed; then
    echo "  $PKG is already installed: removing it first"
    apt-get remove -y -qq "$PKG" >/dev/null
fi
if [ -e /usr/bin/lockbox-desktop ]; then
    fatal "/usr/bin/lockbox-desktop exists but is not from the package: refusing to overwrite it"
fi
if apt-get install -y "$DEB" >"$LOG_DIR/apt-install.log" 2>&1; then
    INSTALLED_BY_US=1
    pass "apt-get install $(basename "$DEB")"
else
    tail -n 30 "$LOG_DIR/apt-install.log" >&2
    fatal "apt-get install (see $LOG_DIR/apt-install.log)"
fi
check "dpkg reports $PKG $VERSION installed" \
    test "$(dpkg-query -W -f='${db:Status-Status} ${Version}' "$PKG")" = "installed $VERSION"
dpkg -L "$PKG" >"$LOG_DIR/installed-files.txt"

step "Installed programs"
# An empty HOME and runtime dir: the checks never read or write the user's settings.
RUN_HOME="$(mktemp -d)"
mkdir -m 700 "$RUN_HOME/runtime"
run_app() {
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$RUN_HOME" XDG_RUNTIME_DIR="$RUN_HOME/runtime" \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen timeout 120 "$@"
}
# In the background: the subshell execs, so $! is timeout's pid and a kill reaches the program.
run_app_bg() {
    (exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$RUN_HOME" XDG_RUNTIME_DIR="$RUN_HOME/runtime" \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen timeout 120 "$@") &
}
# Under a real X server (Xvfb), as a user's desktop would run it.
run_app_x() {
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$RUN_HOME" XDG_RUNTIME_DIR="$RUN_HOME/runtime" \
        LANG=C.UTF-8 QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$@"
}
version_ok() { [ "$1" -eq 0 ] && grep -qF -- "$VERSION" <<<"$2"; }
out="$(run_app /usr/bin/lockbox-desktop --version 2>&1)"; rc=$?
echo "  lockbox-desktop --version: $out (exit $rc)"
check "lockbox-desktop --version prints $VERSION" version_ok "$rc" "$out"
out="$(run_app /usr/bin/lockbox-emulator --version 2>&1)"; rc=$?
echo "  lockbox-emulator --version: $out (exit $rc)"
check "lockbox-emulator --version prints $VERSION" version_ok "$rc" "$out"

# The emulator serves: start it on a free port, read one demo secret's versions, stop it.
emu_log="$LOG_DIR/emulator.log"
run_app_bg /usr/bin/lockbox-emulator --port 0 --token check-package >"$emu_log" 2>&1
emu_pid=$!
url=""
for _ in $(seq 1 100); do
    url="$(sed -n 's/^listening on //p' "$emu_log" | head -n 1)"
    [ -n "$url" ] && break
    sleep 0.1
done
if [ -n "$url" ] && curl -fsS -m 10 -H 'Authorization: Bearer check-package' \
        "$url/lockbox/v1/secrets/e6qdemo0postgres0001/versions?pageSize=1" | grep -q '"versions"'; then
    pass "installed lockbox-emulator serves the demo data ($url)"
else
    fail "installed lockbox-emulator serves the demo data (see $emu_log)"
fi
kill "$emu_pid" 2>/dev/null; wait "$emu_pid" 2>/dev/null

if run_app /usr/bin/lockbox-desktop --help 2>/dev/null | grep -q -- '--smoke-test'; then
    run_app_x /usr/bin/lockbox-desktop --sandbox --smoke-test >"$LOG_DIR/smoke-test.log" 2>&1; rc=$?
    sed 's/^/  /' "$LOG_DIR/smoke-test.log" | tail -n 20
    check "sandbox smoke test under Xvfb (lockbox-desktop --sandbox --smoke-test, exit $rc)" test "$rc" -eq 0
else
    skip "sandbox smoke test: this lockbox-desktop has no --smoke-test option yet"
    # A weaker stand-in: the sandbox starts and is still running after a few seconds.
    run_app_bg /usr/bin/lockbox-desktop --sandbox >"$LOG_DIR/sandbox-start.log" 2>&1
    app_pid=$!
    sleep 5
    if kill -0 "$app_pid" 2>/dev/null; then
        pass "lockbox-desktop --sandbox starts (offscreen) and is running after 5 s"
    else
        wait "$app_pid"; rc=$?
        tail -n 20 "$LOG_DIR/sandbox-start.log" >&2
        fail "lockbox-desktop --sandbox exited early (exit $rc, see $LOG_DIR/sandbox-start.log)"
    fi
    kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
fi
rm -rf "$RUN_HOME"

step "Installed desktop integration"
check "desktop-file-validate $APP_ID.desktop" \
    desktop-file-validate "/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml" >"$LOG_DIR/appstream.txt" 2>&1; rc=$?
sed 's/^/  /' "$LOG_DIR/appstream.txt"
check "appstreamcli validate --no-net $APP_ID.metainfo.xml" test "$rc" -eq 0
icon="$(sed -n 's/^Icon=//p' "/usr/share/applications/$APP_ID.desktop" | head -n 1)"
check "desktop file Icon=$icon is installed in hicolor" \
    test -f "/usr/share/icons/hicolor/256x256/apps/$icon.png" -a -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg"
check "desktop file Exec=lockbox-desktop is on PATH" \
    bash -c "grep -q '^Exec=lockbox-desktop' '/usr/share/applications/$APP_ID.desktop' && command -v lockbox-desktop >/dev/null"
# Minimal Debian images tell dpkg not to unpack man pages (path-exclude in /etc/dpkg/dpkg.cfg.d).
if grep -rqs '^path-exclude=*/usr/share/man' /etc/dpkg/dpkg.cfg.d/; then
    skip "installed man pages: dpkg on this machine excludes /usr/share/man"
else
    for page in lockbox-desktop lockbox-emulator; do
        f="/usr/share/man/man1/$page.1.gz"
        check "man page $page(1) renders without warnings" \
            bash -c "[ -f '$f' ] && w=\$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l '$f' 2>&1 >/dev/null) && [ -z \"\$w\" ]"
    done
fi

step "DEB: remove"
if apt-get remove -y "$PKG" >"$LOG_DIR/apt-remove.log" 2>&1; then
    INSTALLED_BY_US=0
    pass "apt-get remove $PKG"
else
    tail -n 20 "$LOG_DIR/apt-remove.log" >&2
    fail "apt-get remove $PKG (see $LOG_DIR/apt-remove.log)"
fi
check "/usr/bin/lockbox-desktop is gone" test ! -e /usr/bin/lockbox-desktop
left=""
while read -r f; do
    [ -f "$f" ] && left+=" $f"
done <"$LOG_DIR/installed-files.txt"
if [ -z "$left" ]; then pass "no file of the package is left behind"; else fail "left behind:$left"; fi
check "dpkg no longer lists $PKG" \
    bash -c "! dpkg-query -W -f='\${db:Status-Status}' '$PKG' 2>/dev/null | grep -qx installed"

# ------------------------------------------------------------------------------------------------
step "RPM and TGZ: cpack -G \"RPM;TGZ\""
if (cd "$BUILD_DIR" && cpack -G "RPM;TGZ" -B "$OUT_DIR") >"$LOG_DIR/cpack-rpm-tgz.log" 2>&1; then
    pass "cpack -G \"RPM;TGZ\""
else
    tail -n 40 "$LOG_DIR/cpack-rpm-tgz.log" >&2
    fail "cpack -G \"RPM;TGZ\" (see $LOG_DIR/cpack-rpm-tgz.log)"
fi
RPM="$(ls "$OUT_DIR"/"$PKG"-*.rpm 2>/dev/null | head -n 1)"
TGZ="$(ls "$OUT_DIR"/"$PKG"-*.tar.gz 2>/dev/null | head -n 1)"
if [ -n "$RPM" ]; then
    pass "RPM built: $(basename "$RPM") ($(du -h "$RPM" | cut -f1))"
    rpm -qp --qf '  %{NAME} %{VERSION}-%{RELEASE} %{ARCH}, license %{LICENSE}, group %{GROUP}\n' "$RPM" 2>/dev/null
    rpm -qpl "$RPM" 2>/dev/null >"$LOG_DIR/rpm-contents.txt"
    rpm -qpR "$RPM" 2>/dev/null >"$LOG_DIR/rpm-requires.txt"
    check "RPM contains /usr/bin/lockbox-desktop and the desktop file" \
        bash -c "grep -qx /usr/bin/lockbox-desktop '$LOG_DIR/rpm-contents.txt' && grep -qx '/usr/share/applications/$APP_ID.desktop' '$LOG_DIR/rpm-contents.txt'"
    check "RPM does not own system directories" \
        bash -c "! grep -qxE '/usr(/bin|/share|/share/applications|/share/icons(/hicolor)?|/share/man(/man1)?|/share/metainfo)?' '$LOG_DIR/rpm-contents.txt'"
    check "RPM license is MIT and it requires libsecret and libcrypto.so.3" \
        bash -c "[ \"\$(rpm -qp --qf '%{LICENSE}' '$RPM' 2>/dev/null)\" = MIT ] && grep -q '^libsecret' '$LOG_DIR/rpm-requires.txt' && grep -qF 'libcrypto.so.3()(64bit)' '$LOG_DIR/rpm-requires.txt'"
else
    fail "RPM built (no $PKG-*.rpm in $OUT_DIR)"
fi
if [ -n "$TGZ" ]; then
    pass "TGZ built: $(basename "$TGZ") ($(du -h "$TGZ" | cut -f1))"
    check "TGZ contains bin/lockbox-desktop, bin/lockbox-emulator and share/applications" \
        bash -c "tar -tzf '$TGZ' | grep -qE '/bin/lockbox-desktop\$' && tar -tzf '$TGZ' | grep -qE '/bin/lockbox-emulator\$' && tar -tzf '$TGZ' | grep -q '/share/applications/$APP_ID.desktop\$'"
else
    fail "TGZ built (no $PKG-*.tar.gz in $OUT_DIR)"
fi

echo
echo "Packages in $OUT_DIR:"
ls -1 "$OUT_DIR"/*.deb "$OUT_DIR"/*.rpm "$OUT_DIR"/*.tar.gz 2>/dev/null | sed 's/^/  /'
summary
[ "$FAILED" -eq 0 ]
