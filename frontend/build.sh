#!/usr/bin/env bash
# Build committed front-end assets for assist from govuk-frontend (pinned in package.json).
# Output: ../static/css/assist.min.css, ../static/govuk/govuk-frontend.min.js, ../static/govuk/assets/
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
STATIC="../static"
GOVUK="node_modules/govuk-frontend/dist/govuk"

npm ci --no-audit --no-fund --ignore-scripts

# CSS (compressed, no source map)
mkdir -p "$STATIC/css"
npx --no-install sass --load-path=node_modules --style=compressed --no-source-map \
  assist.scss "$STATIC/css/assist.min.css"

# JS (ES module bundle: load with <script type="module">)
mkdir -p "$STATIC/govuk"
cp "$GOVUK/govuk-frontend.min.js" "$STATIC/govuk/govuk-frontend.min.js"
# The bundle ends with a sourceMappingURL comment; ship the map so devtools does not 404.
cp "$GOVUK/govuk-frontend.min.js.map" "$STATIC/govuk/govuk-frontend.min.js.map"

# Static assets (images, manifest.json, ...), without fonts: we use Arial.
rm -rf "$STATIC/govuk/assets"
mkdir -p "$STATIC/govuk/assets"
for item in "$GOVUK"/assets/*; do
  [ "$(basename "$item")" = "fonts" ] && continue
  cp -R "$item" "$STATIC/govuk/assets/"
done

echo "Built:"
find "$STATIC/css/assist.min.css" "$STATIC/govuk" -type f -exec ls -l {} + | awk '{print $5, $9}'
