# Sourced by .ci/run and bin/chainmap: exports JAVA_HOME as a JDK 21 or newer, whatever the default java is.
# Order: JAVA_HOME if it is new enough, the java on the PATH, then the JDKs installed in the usual places.

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

pick_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
        export JAVA_HOME
        return
    fi
    if command -v java >/dev/null && [ "$(java_major "$(command -v java)")" -ge 21 ]; then
        JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
        export JAVA_HOME
        return
    fi
    for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        if [ -x "$home/bin/java" ] && [ "$(java_major "$home/bin/java")" -ge 21 ]; then
            export JAVA_HOME="$home"
            return
        fi
    done
    echo "chainmap needs a JDK 21 or newer; none found (install one, or set JAVA_HOME to it)" >&2
    exit 1
}
