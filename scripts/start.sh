#!/usr/bin/env bash
# Start the whole product with demo data on the embedded default (SQLite under ./var, no servers).
source "$(dirname "$0")/bootstrap.sh"
install_python ""
for dir in $(js_folders); do
  if has_script "$dir" build; then
    echo "building $dir …"
    npm_install "$dir"
    (cd "$dir" && npm run --silent build)
  fi
done
.venv/bin/python -m backend demo
echo "商城平台已启动: http://${HOST:-127.0.0.1}:${PORT:-8000}  (后台 /admin, H5 /h5, API 文档 /api/docs)"
exec .venv/bin/python -m backend serve
