# Sourced by start.sh and test.sh: a virtualenv with the project installed, front ends built.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
install_python() {  # $1: the extras to install, e.g. "" or "[test]"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".$1"
}
js_folders() {  # every JS front end that exists yet
  for dir in shared_js admin_web app_shell miniprogram; do
    [ -f "$dir/package.json" ] && echo "$dir"
  done
  return 0
}
npm_install() {  # $1: folder; installs exactly what the lockfile says
  (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
}
has_script() {  # $1: folder, $2: npm script name
  node -e "process.exit(require('./$1/package.json').scripts?.['$2'] ? 0 : 1)"
}
