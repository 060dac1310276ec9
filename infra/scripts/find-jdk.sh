# shellcheck shell=bash
# Finds a JDK 21 or newer and exports JAVA_HOME (and puts its bin first on PATH).
# Sourced by ./run, ./test and .ci/run:   source infra/scripts/find-jdk.sh && terbuka_find_jdk
# Order: $JAVA_HOME if it is 21+, else `java` on PATH if 21+, else the newest JDK 21+ under the usual folders
# (/usr/lib/jvm, /usr/local/opt, /opt/homebrew/opt, /Library/Java/JavaVirtualMachines, ~/.sdkman, ~/.jdks).

TERBUKA_MIN_JAVA=21

# Prints the feature version (8, 17, 21, 25...) of a java executable, or nothing.
terbuka_java_major() {
  local java="$1" version
  [ -x "$java" ] || return 1
  version=$("$java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')
  [ -n "$version" ] || return 1
  version=${version%%-*}          # 25-ea -> 25
  case "$version" in
    1.*) version=${version#1.} ;; # 1.8.0_292 -> 8.0_292
  esac
  echo "${version%%[._+]*}"
}

# A JDK home (with javac, which the build needs) whose java is 21+; prints its major version.
terbuka_jdk_ok() {
  local home="$1" major
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  major=$(terbuka_java_major "$home/bin/java") || return 1
  [ -n "$major" ] && [ "$major" -ge "$TERBUKA_MIN_JAVA" ] 2>/dev/null || return 1
  echo "$major"
}

terbuka_find_jdk() {
  local home java best="" best_major=0 major candidate

  if [ -n "${JAVA_HOME:-}" ] && terbuka_jdk_ok "$JAVA_HOME" >/dev/null; then
    best="$JAVA_HOME"
  fi

  if [ -z "$best" ] && java=$(command -v java 2>/dev/null); then
    java=$(readlink -f "$java" 2>/dev/null || echo "$java")
    home=$(cd "$(dirname "$java")/.." && pwd)
    if terbuka_jdk_ok "$home" >/dev/null; then
      best="$home"
    fi
  fi

  if [ -z "$best" ]; then
    for candidate in /usr/lib/jvm/* /usr/local/opt/openjdk* /opt/homebrew/opt/openjdk* \
                     /Library/Java/JavaVirtualMachines/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
      [ -d "$candidate" ] || continue
      for home in "$candidate" "$candidate/Contents/Home" "$candidate/libexec/openjdk.jdk/Contents/Home"; do
        [ -L "$home" ] && [ "$candidate" != "$home" ] && continue
        if major=$(terbuka_jdk_ok "$home"); then
          if [ "$major" -gt "$best_major" ]; then
            best="$home"
            best_major="$major"
          fi
          break
        fi
      done
    done
  fi

  if [ -z "$best" ]; then
    cat >&2 <<MSG
Terbuka needs a JDK $TERBUKA_MIN_JAVA or newer, and none was found
(checked JAVA_HOME, java on PATH, /usr/lib/jvm, /usr/local/opt, /opt/homebrew/opt, ~/.sdkman, ~/.jdks).
Install one, e.g.:  sudo apt-get install openjdk-21-jdk   |   brew install openjdk@21   |   sdk install java 21-tem
or point JAVA_HOME at it:  export JAVA_HOME=/path/to/jdk-21
MSG
    return 1
  fi

  JAVA_HOME="$(cd "$best" && pwd)"
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}
