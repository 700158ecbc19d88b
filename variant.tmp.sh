#!/bin/bash
# usage: variant.tmp.sh outdir file 'css to append inside the css`` template (before closing backtick)'
set -e
out=$1; file=$2; extra=$3
cp $file /tmp/variant.bak
python3 - "$file" "$extra" <<'PY'
import sys
p, extra = sys.argv[1], sys.argv[2]
s = open(p).read()
i = s.rindex('`;')
s = s[:i] + '\n' + extra + '\n' + s[i:]
open(p, 'w').write(s)
PY
npx vite build --outDir $out --emptyOutDir >/dev/null 2>&1 || echo BUILD FAILED
cp /tmp/variant.bak $file
