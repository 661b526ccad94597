#!/bin/sh
# A disk image for macOS: Messenger.app next to a link to /Applications, to drag it into.
#
#   python scripts/build-bundle            # dist/Messenger.app
#   packaging/macos/make-dmg.sh [VERSION]  # dist/messenger-desktop-VERSION.dmg
#
# Signing and notarising need the publisher's Apple certificates: done outside this script
# (codesign --deep --options runtime, then xcrun notarytool submit --wait, then xcrun stapler).
set -eu
cd "$(dirname "$0")/../.."
version=${1:-$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')}
app=dist/Messenger.app
out=dist/messenger-desktop-$version.dmg
[ -d "$app" ] || { echo "make-dmg: $app is missing; run scripts/build-bundle first" >&2; exit 1; }
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$out"
hdiutil create -volname "Messenger" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$out"
echo "make-dmg: $out"
