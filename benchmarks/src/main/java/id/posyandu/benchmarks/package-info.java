/**
 * JMH benchmarks, one class per question. Build with {@code ./mvnw -q package -DskipTests}, run with
 * {@code java -jar benchmarks/target/benchmarks.jar <ClassName>}.
 */
package id.posyandu.benchmarks;
