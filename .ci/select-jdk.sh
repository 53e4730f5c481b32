# Sourced by .ci/run and ./fractal: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: JAVA_HOME if it is >= 21, else the newest JDK >= 21 under /usr/lib/jvm, else `java` on the PATH
# if it is >= 21, else a clear error.

fractal_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' \
    | awk -F. '{print ($1 == "1") ? $2 : $1}'
}

fractal_select_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(fractal_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(fractal_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(fractal_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ]; then
      best="$candidate"
    fi
  fi
  if [ -z "$best" ]; then
    echo "error: Fractal Goals needs a JDK 21 or newer. Install one, or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

fractal_select_jdk
