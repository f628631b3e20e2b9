package id.posyandu.spark;

import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;

/** The Spark session the job runs in. */
@API(status = API.Status.EXPERIMENTAL)
public final class SparkReportJob {

  private SparkReportJob() {}

  /**
   * A session on {@code master} (e.g. {@code local[2]}; null to take spark-submit's), no web UI, Java serialization (Kryo
   * cannot read Java records such as the tallies'), {@code shufflePartitions} for Spark SQL shuffles (the job's own shuffles use
   * its partition count).
   */
  public static SparkSession session(String master, String appName, int shufflePartitions) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions));
    if (master != null) {
      b = b.master(master);
    }
    return b.getOrCreate();
  }
}
