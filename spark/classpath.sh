# Sourced by run and bench (with DIR set to this directory): builds the job if its sources changed since the last
# build, and sets CP and SPARK_JVM_FLAGS. Leaves the caller's working directory alone, so relative paths work.
if [ ! -f "$DIR/target/classpath.txt" ] || [ -n "$(find "$DIR/pom.xml" "$DIR/src" "$DIR/../src/main/java/org/hearth/identity" -newer "$DIR/target/classpath.txt" -print -quit)" ]; then
  mvn -B -q -f "$DIR/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$DIR/target/classpath.txt" >&2
  touch "$DIR/target/classpath.txt"
fi
CP="$DIR/target/classes:$(cat "$DIR/target/classpath.txt")"
SPARK_JVM_FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$DIR/pom.xml")"
